#pragma once

#include "Message.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// One step of a path as `stat -L -c '%a %u %g %U %G %F'` reported it on the server.
struct PathEntry {
    QString path;
    uint mode = 0; // permission bits, e.g. 0755 (setuid/setgid/sticky allowed)
    uint uid = 0;
    uint gid = 0;
    QString owner; // the owner's name ("UNKNOWN" when the server has none)
    QString group;
    bool directory = false;
};

// An account on the server, as `id -u` and `id -G` report it.
struct Account {
    QString name;
    uint uid = 0;
    QList<uint> groups; // primary and supplementary
};

// Whether account can reach and read the last entry of chain: every directory on the way
// searchable (x) and the last one readable (r; r and x for a directory), by the owner,
// group or other bits that apply to it, as the kernel decides (root passes). The classic
// failure is a deploy that leaves a web root readable only by its owner: nginx's www-data
// then answers 403 to everyone. Returns nullopt when it can, or why not, in words.
// chain runs from "/" to the path itself. Pure.
std::optional<Message> whyNotReadable(const QList<PathEntry> &chain, const Account &account);

// The directories leading to path, then path: "/srv/www" → "/", "/srv", "/srv/www".
QStringList pathChain(const QString &path);

// "750" from 0750.
QString octalMode(uint mode);

} // namespace dozor
