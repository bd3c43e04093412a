#include "WorkspaceFile.h"

#include "DefaultWorkspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dozor {

namespace {
struct WorkspaceFileText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
};
constexpr qint64 maxWorkspaceBytes = 16LL * 1024 * 1024;
} // namespace

WorkspaceParse loadWorkspaceFile(const QString &path)
{
    WorkspaceParse out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.diagnostics.append({Diagnostic::Severity::Error, QString(),
            WorkspaceFileText::tr("cannot open %1: %2").arg(path, file.errorString())});
        return out;
    }
    if (file.size() > maxWorkspaceBytes) {
        out.diagnostics.append({Diagnostic::Severity::Error, QString(),
            WorkspaceFileText::tr("%1 is larger than 16 MiB; this is not a workspace file")
                .arg(path)});
        return out;
    }
    const QByteArray bytes = file.read(maxWorkspaceBytes);
    return parseWorkspaceJson(bytes, QFileInfo(path).absolutePath());
}

Expected<void> saveWorkspaceFile(const Workspace &workspace, const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return unexpected(
            WorkspaceFileText::tr("cannot create the folder %1").arg(info.absolutePath()));
    // QSaveFile writes a temporary file beside the target, flushes it to disk on commit()
    // and renames it over the target.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(
            WorkspaceFileText::tr("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray json = workspaceToJson(workspace);
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return unexpected(WorkspaceFileText::tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return unexpected(
            WorkspaceFileText::tr("cannot save %1: %2").arg(path, file.errorString()));
    return {};
}

WorkspaceParse loadOrCreateWorkspace(const QString &path, bool *created)
{
    if (created)
        *created = false;
    if (!QFileInfo::exists(path)) {
        const Expected<void> saved = saveWorkspaceFile(defaultWorkspace(), path);
        if (!saved) {
            WorkspaceParse out;
            out.diagnostics.append({Diagnostic::Severity::Error, QString(), saved.error()});
            return out;
        }
        if (created)
            *created = true;
    }
    return loadWorkspaceFile(path);
}

Expected<QString> moveAsideBrokenWorkspace(const QString &path)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target;
    for (int n = 1;; ++n) {
        target = info.dir().filePath(info.completeBaseName() + QStringLiteral(".broken-") + stamp
            + (n > 1 ? QLatin1Char('-') + QString::number(n) : QString()) + QLatin1Char('.')
            + (info.suffix().isEmpty() ? QStringLiteral("json") : info.suffix()));
        if (!QFileInfo::exists(target))
            break;
    }
    if (!QFile::rename(path, target))
        return unexpected(WorkspaceFileText::tr("cannot move %1 to %2 (is the folder writable?)")
                              .arg(path, target));
    return target;
}

} // namespace dozor
