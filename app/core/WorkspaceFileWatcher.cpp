#include "WorkspaceFileWatcher.h"

#include "WorkspaceJson.h"

#include <QFile>
#include <QFileInfo>

namespace dozor {

namespace {
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

WorkspaceFileWatcher::WorkspaceFileWatcher(QString path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_watcher(this)
    , m_settle(this)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &WorkspaceFileWatcher::reread);
    // The folder too: an atomic save replaces the file, and a watch on the old one ends.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    markCurrent();
    rearm();
}

void WorkspaceFileWatcher::markCurrent()
{
    m_seen = contentOf(m_path);
}

bool WorkspaceFileWatcher::changedSinceSeen() const
{
    return QFileInfo::exists(m_path) && contentOf(m_path) != m_seen;
}

void WorkspaceFileWatcher::rearm()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void WorkspaceFileWatcher::reread()
{
    rearm();
    if (!QFileInfo::exists(m_path))
        return; // removed or mid-rename: the last good workspace goes on
    const QByteArray now = contentOf(m_path);
    if (now == m_seen)
        return;
    m_seen = now;
    const WorkspaceParse parse = parseWorkspaceJson(now, QFileInfo(m_path).absolutePath());
    if (!parse.ok()) {
        QStringList lines;
        for (const Diagnostic &d : parse.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                lines.append(d.text());
        }
        Q_EMIT rejected(tr("%1 was changed but has errors, so the last good version keeps "
                           "running:\n%2")
                            .arg(m_path, lines.join(QLatin1Char('\n'))));
        return;
    }
    Q_EMIT edited(parse.workspace);
}

} // namespace dozor
