#pragma once

#include "SshTypes.h"
#include "core/Expected.h"

#include <QList>
#include <QString>

namespace dozor {

// Dozor's own known_hosts file (OpenSSH format) next to its configuration, plus the user's
// ~/.ssh/known_hosts, which Dozor trusts but never writes.
namespace KnownHosts {

struct Entry {
    QString hosts; // the first field as written: "host", "[host]:2222", or a hashed name
    QString keyType;
    QString fingerprint; // "SHA256:…"; empty when the key could not be read
    int line = 0; // 1-based line in the file
};

QString dozorFile();
QString userFile();

// Appends the key as "name type base64". Safe to call from several host threads at once.
Expected<void> add(const HostKeyInfo &key, const QString &file = dozorFile());

// The entries of a known_hosts file; comments, blank lines and markers are skipped.
Expected<QList<Entry>> list(const QString &file = dozorFile());

// Removes the entry on the given line (as listed) if it still says the same thing.
Expected<void> remove(const Entry &entry, const QString &file = dozorFile());

// "SHA256:…" of a base64 public key of the given type; empty when it cannot be read.
QString fingerprint(const QString &keyType, const QByteArray &keyBase64);

} // namespace KnownHosts

} // namespace dozor
