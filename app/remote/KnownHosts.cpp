#include "KnownHosts.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include <libssh/libssh.h>

namespace dozor {

QString HostKeyInfo::knownHostsName() const
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

namespace KnownHosts {

namespace {
QMutex &fileLock()
{
    static QMutex lock;
    return lock;
}

QString errorText(const QString &file, const QString &what)
{
    return QCoreApplication::translate("dozor::KnownHosts", "%1: %2").arg(file, what);
}
} // namespace

QString dozorFile()
{
    return QDir(AppPaths::configDir()).filePath(QStringLiteral("known_hosts"));
}

QString userFile()
{
    return QDir(QDir::homePath()).filePath(QStringLiteral(".ssh/known_hosts"));
}

QString fingerprint(const QString &keyType, const QByteArray &keyBase64)
{
    const QByteArray b64 = keyBase64.trimmed();
    if (b64.isEmpty())
        return {};
    ssh_key key = nullptr;
    const ssh_keytypes_e type = ssh_key_type_from_name(keyType.toLatin1().constData());
    if (type == SSH_KEYTYPE_UNKNOWN
        || ssh_pki_import_pubkey_base64(b64.constData(), type, &key) != SSH_OK)
        return {};
    unsigned char *hash = nullptr;
    size_t length = 0;
    QString result;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == 0) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        result = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return result;
}

Expected<void> add(const HostKeyInfo &key, const QString &file)
{
    if (key.host.isEmpty() || key.keyType.isEmpty() || key.keyBase64.isEmpty())
        return unexpected(errorText(file,
            QCoreApplication::translate("dozor::KnownHosts", "the host key to add is incomplete")));
    // A host name with spaces or a newline would inject a second entry.
    const QString fields = key.host + key.keyType + QString::fromLatin1(key.keyBase64);
    for (const QChar c : fields) {
        if (c.isSpace() || c == QLatin1Char('#') || c.unicode() < 0x20)
            return unexpected(errorText(file,
                QCoreApplication::translate("dozor::KnownHosts",
                    "refusing to write a known_hosts entry containing spaces or control "
                    "characters")));
    }
    const QMutexLocker locker(&fileLock());
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append))
        return unexpected(errorText(file, f.errorString()));
    // Start on a line of our own if the file was edited by hand without a final newline.
    QByteArray line;
    if (f.size() > 0 && f.seek(f.size() - 1) && f.read(1) != "\n")
        line.append('\n');
    line.append(
        key.knownHostsName().toUtf8() + ' ' + key.keyType.toLatin1() + ' ' + key.keyBase64 + '\n');
    if (f.write(line) != line.size() || !f.flush())
        return unexpected(errorText(file, f.errorString()));
    return {};
}

Expected<QList<Entry>> list(const QString &file)
{
    QList<Entry> entries;
    QFile f(file);
    if (!f.exists())
        return entries;
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(errorText(file, f.errorString()));
    int lineNo = 0;
    constexpr int maxEntries = 100'000;
    while (!f.atEnd() && entries.size() < maxEntries) {
        ++lineNo;
        const QByteArray line = f.readLine(64 * 1024).trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        Entry e;
        e.hosts = QString::fromUtf8(fields.at(0));
        e.keyType = QString::fromLatin1(fields.at(1));
        e.fingerprint = fingerprint(e.keyType, fields.at(2));
        e.line = lineNo;
        entries.append(e);
    }
    return entries;
}

Expected<void> remove(const Entry &entry, const QString &file)
{
    const QMutexLocker locker(&fileLock());
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return unexpected(errorText(file, in.errorString()));
    QList<QByteArray> lines = in.readAll().split('\n');
    in.close();
    const int index = entry.line - 1;
    bool same = index >= 0 && index < lines.size();
    if (same) {
        const QList<QByteArray> fields = lines.at(index).simplified().split(' ');
        same = fields.size() >= 3 && QString::fromUtf8(fields.at(0)) == entry.hosts
            && QString::fromLatin1(fields.at(1)) == entry.keyType
            && fingerprint(entry.keyType, fields.at(2)) == entry.fingerprint;
    }
    if (!same)
        return unexpected(errorText(file,
            QCoreApplication::translate("dozor::KnownHosts",
                "the file changed since it was listed; nothing was removed, list it again")));
    lines.removeAt(index);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return unexpected(errorText(file, out.errorString()));
    out.write(lines.join('\n'));
    if (!out.commit())
        return unexpected(errorText(file, out.errorString()));
    return {};
}

} // namespace KnownHosts

} // namespace dozor
