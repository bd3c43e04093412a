// The listings a restore preview compares, read: find -printf, GNU tar -tv, restic ls --json and
// borg list --json-lines.
#include "RestorePreview.h"
#include "ServerText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace dozor {

namespace {
struct TreeListingText {
    Q_DECLARE_TR_FUNCTIONS(RestorePreview)
};

constexpr int maxTreeProblems = 20;

void treeProblem(TreeListing &out, const QString &text)
{
    if (out.problems.size() < maxTreeProblems)
        out.problems.append(text);
}
// GNU tar's escape quoting undone: \\ \n \t \r \f \v \a \b and \ooo octal.
QByteArray unescapeTar(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const char n = text.at(++i);
        switch (n) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'f':
            out += '\f';
            break;
        case 'v':
            out += '\v';
            break;
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        default:
            if (n >= '0' && n <= '7' && i + 2 < text.size() && text.at(i + 1) >= '0'
                && text.at(i + 1) <= '7' && text.at(i + 2) >= '0' && text.at(i + 2) <= '7') {
                out +=
                    char(((n - '0') << 6) | ((text.at(i + 1) - '0') << 3) | (text.at(i + 2) - '0'));
                i += 2;
            } else {
                out += n; // \\ and anything else: the character itself
            }
        }
    }
    return out;
}

// A name as tar lists it: "./" before it and "/" after a folder's dropped.
QString tarPath(const QByteArray &escaped)
{
    QString path = QString::fromUtf8(unescapeTar(escaped));
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// An owner's or group's name as a string, the one made for the entry before when it is the same
// (a listing names a handful of owners a hundred thousand times).
class Names {
public:
    QString operator()(QByteArrayView bytes)
    {
        if (bytes != QByteArrayView(m_lastBytes)) {
            m_lastBytes = bytes.toByteArray();
            m_last = QString::fromUtf8(bytes);
        }
        return m_last;
    }

private:
    QByteArray m_lastBytes;
    QString m_last;
};

// The digits of text[from, from + n) as a number; -1 when one is not a digit.
int digits(QByteArrayView text, qsizetype from, qsizetype n)
{
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "2026-12-05" and "12:48:00" (UTC) as seconds since the epoch; nothing when either is not a
// date or time that exists. (Read by hand: a listing has a million of them.)
std::optional<qint64> utcSeconds(QByteArrayView date, QByteArrayView time)
{
    if (date.size() != 10 || date.at(4) != '-' || date.at(7) != '-' || time.size() != 8
        || time.at(2) != ':' || time.at(5) != ':')
        return std::nullopt;
    const int y = digits(date, 0, 4), mo = digits(date, 5, 2), d = digits(date, 8, 2);
    const int h = digits(time, 0, 2), mi = digits(time, 3, 2), sec = digits(time, 6, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60
        || !QDate::isValid(y, mo, d))
        return std::nullopt;
    constexpr qint64 epochJulianDay = 2440588;
    return (QDate(y, mo, d).toJulianDay() - epochJulianDay) * 86400 + h * 3600 + mi * 60 + sec;
}

// "-rwsr-xr-x" → 04755; nothing when it is not a mode string.
std::optional<quint32> modeFromString(QByteArrayView s)
{
    if (s.size() != 10)
        return std::nullopt;
    quint32 mode = 0;
    static const char *const letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        const char c = s.at(i + 1);
        const bool exec = i % 3 == 2;
        const int bit = 8 - i;
        if (c == letters[i]) {
            mode |= 1u << bit;
        } else if (exec && (c == 's' || c == 'S' || c == 't' || c == 'T')) {
            if (c == 's' || c == 't')
                mode |= 1u << bit;
            // setuid (owner), setgid (group), sticky (others)
            mode |= i == 2 ? 04000u : i == 5 ? 02000u : 01000u;
        } else if (c != '-') {
            return std::nullopt;
        }
    }
    return mode;
}

// "2026-12-05T12:48:00.508061853Z" (restic: RFC 3339 with nanoseconds and an offset) or
// "2026-12-05T12:48:00.508062" (borg with TZ=UTC): whole seconds since the epoch, in UTC.
std::optional<qint64> secondsFromIso(const QString &text)
{
    if (text.size() < 19)
        return std::nullopt;
    const QDateTime base =
        QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!base.isValid())
        return std::nullopt;
    qsizetype at = 19;
    if (at < text.size() && text.at(at) == QLatin1Char('.')) {
        ++at;
        while (at < text.size() && text.at(at).isDigit())
            ++at;
    }
    const QString zone = text.mid(at);
    qint64 offset = 0;
    if (zone.size() == 6 && (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-'))
        && zone.at(3) == QLatin1Char(':')) {
        bool hOk = false, mOk = false;
        const int h = zone.mid(1, 2).toInt(&hOk);
        const int m = zone.mid(4, 2).toInt(&mOk);
        if (!hOk || !mOk || h > 23 || m > 59)
            return std::nullopt;
        offset = (h * 3600 + m * 60) * (zone.at(0) == QLatin1Char('-') ? -1 : 1);
    } else if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        return std::nullopt;
    }
    return QDateTime(base.date(), base.time(), QTimeZone::utc()).toSecsSinceEpoch() - offset;
}

// One JSON object per line, each given to read (which says false for one it cannot use);
// blank lines skipped, the rest problems.
template<typename Read>
void readJsonLines(const QByteArray &output, TreeListing &out, const QString &what, Read read)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (out.entries.size() >= RestoreTree::maxEntries) {
            treeProblem(out,
                TreeListingText::tr("more than %1 entries: the rest are not compared")
                    .arg(RestoreTree::maxEntries));
            break;
        }
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject() || !read(doc.object()))
            treeProblem(out,
                TreeListingText::tr("a line of %1 cannot be read: %2")
                    .arg(what, ServerText::oneLine(line.left(300), 160)));
    }
}
// The folders an archive (made as "find … | tar -T -", say) holds entries under without
// listing them: extracting makes them, so they are part of what it restores.
void addImpliedFolders(TreeListing &out)
{
    // The folders listed; every path listed only once a folder is missing (an archive that
    // lists its folders, the usual case, never needs it).
    QSet<QString> folders, all;
    for (const TreeEntry &e : std::as_const(out.entries)) {
        if (e.type == 'd')
            folders.insert(e.path);
    }
    bool allKnown = false;
    QString lastParent; // the folder the entry before was in (entries come folder by folder)
    const qsizetype listed = out.entries.size();
    for (qsizetype i = 0; i < listed; ++i) {
        const QString path = out.entries.at(i).path;
        const qsizetype last = path.lastIndexOf(QLatin1Char('/'));
        if (last <= 0 || QStringView(path).left(last) == lastParent)
            continue;
        if (RestoreTree::pathFinding(path))
            continue; // written outside the folder anyway: found as such, not as its parents
        lastParent = path.left(last);
        for (qsizetype slash = last; slash > 0;
             slash = path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
            const QString parent = path.left(slash);
            if (folders.contains(parent))
                break;
            if (!allKnown) {
                for (const TreeEntry &e : std::as_const(out.entries))
                    all.insert(e.path);
                allKnown = true;
            }
            if (all.contains(parent)) {
                treeProblem(out,
                    TreeListingText::tr("%1 is in the archive as a file and as the folder of %2: "
                                        "extracting the archive fails there")
                        .arg(parent.left(200), path.left(200)));
                break;
            }
            folders.insert(parent);
            all.insert(parent);
            TreeEntry folder;
            folder.path = parent;
            folder.type = 'd';
            folder.implied = true;
            out.entries.append(folder);
        }
    }
}
} // namespace

namespace RestoreTree {

QByteArray findFormat(bool numericOwners)
{
    return numericOwners ? QByteArrayLiteral("%y %#m %s %T@ %U %G %P\\0%l\\0")
                         : QByteArrayLiteral("%y %#m %s %T@ %u %g %P\\0%l\\0");
}

TreeListing readFind(const QByteArray &output)
{
    TreeListing out;
    Names owners, groups;
    qsizetype at = 0;
    while (at < output.size()) {
        if (out.entries.size() >= maxEntries) {
            treeProblem(out,
                TreeListingText::tr("more than %1 entries: the rest are not compared")
                    .arg(maxEntries));
            break;
        }
        // "<type> <mode> <size> <mtime> <owner> <group> <path>\0<link target>\0"
        const qsizetype end = output.indexOf('\0', at);
        const qsizetype linkEnd = end < 0 ? -1 : output.indexOf('\0', end + 1);
        if (end < 0 || linkEnd < 0) {
            treeProblem(out,
                TreeListingText::tr("the listing ends in the middle of an entry: %1")
                    .arg(ServerText::oneLine(output.mid(at, 300), 160)));
            break;
        }
        const QByteArrayView record = QByteArrayView(output).sliced(at, end - at);
        const QByteArrayView link = QByteArrayView(output).sliced(end + 1, linkEnd - end - 1);
        at = linkEnd + 1;
        QVarLengthArray<qsizetype, 6> spaces;
        for (qsizetype i = 0; i < record.size() && spaces.size() < 6; ++i) {
            if (record.at(i) == ' ')
                spaces.append(i);
        }
        const auto field = [&](int n) {
            const qsizetype from = n == 0 ? 0 : spaces.at(n - 1) + 1;
            return record.sliced(from, spaces.at(n) - from);
        };
        bool modeOk = false, sizeOk = false, timeOk = false;
        const bool shaped = spaces.size() == 6 && spaces.at(0) == 1;
        const quint32 mode = shaped ? field(1).toUInt(&modeOk, 8) : 0;
        const qint64 size = shaped ? field(2).toLongLong(&sizeOk) : 0;
        const double mtime = shaped ? field(3).toDouble(&timeOk) : 0;
        const QString path =
            shaped ? QString::fromUtf8(record.sliced(spaces.at(5) + 1)) : QString();
        if (!shaped || !modeOk || mode > 07777 || !sizeOk || size < 0 || !timeOk
            || !std::isfinite(mtime) || std::abs(mtime) > 253402300799.0 || path.isEmpty()) {
            treeProblem(out,
                TreeListingText::tr("an entry of the listing cannot be read: %1")
                    .arg(ServerText::oneLine(
                        record.first(std::min<qsizetype>(record.size(), 300)).toByteArray(), 160)));
            continue;
        }
        TreeEntry e;
        e.type = record.at(0);
        e.mode = mode;
        e.size = e.type == 'f' ? size : 0;
        e.mtimeSec = qint64(std::floor(mtime));
        e.owner = owners(field(4));
        e.group = groups(field(5));
        e.path = path;
        if (e.type == 'l')
            e.linkTarget = QString::fromUtf8(link);
        out.entries.append(e);
    }
    return out;
}

TreeListing readTar(const QByteArray &output)
{
    TreeListing out;
    // Path → its entry, for hard links to it: made at the first hard link (most archives have
    // none), kept from then on.
    QHash<QString, qsizetype> fileAt;
    bool linksSeen = false;
    Names owners, groups;
    for (qsizetype from = 0, to = 0; from < output.size(); from = to + 1) {
        to = output.indexOf('\n', from);
        if (to < 0)
            to = output.size();
        const QByteArrayView line = QByteArrayView(output).sliced(from, to - from);
        if (line.isEmpty())
            continue;
        if (out.entries.size() >= maxEntries) {
            treeProblem(out,
                TreeListingText::tr("more than %1 entries: the rest are not compared")
                    .arg(maxEntries));
            break;
        }
        const auto unreadable = [&] {
            treeProblem(out,
                TreeListingText::tr("a line of the archive's listing cannot be read: %1")
                    .arg(ServerText::oneLine(
                        line.first(std::min<qsizetype>(line.size(), 300)).toByteArray(), 160)));
        };
        // mode, owner/group, size (or major,minor), date, time, then the name after one space.
        QVarLengthArray<QByteArrayView, 5> fields;
        qsizetype at = 0;
        while (fields.size() < 5 && at < line.size()) {
            while (at < line.size() && line.at(at) == ' ')
                ++at;
            const qsizetype end = line.indexOf(' ', at);
            if (end < 0)
                break;
            fields.append(line.sliced(at, end - at));
            at = end + 1;
        }
        const auto mode = fields.size() == 5 ? modeFromString(fields.at(0)) : std::nullopt;
        const qsizetype slash = fields.size() == 5 ? fields.at(1).indexOf('/') : -1;
        // (Read as UTC, where every time exists: the listing was made with TZ=UTC.)
        const auto mtime =
            fields.size() == 5 ? utcSeconds(fields.at(3), fields.at(4)) : std::nullopt;
        if (!mode || slash < 0 || !mtime || at >= line.size()) {
            unreadable();
            continue;
        }
        TreeEntry e;
        e.type = fields.at(0).at(0) == '-' ? 'f' : fields.at(0).at(0);
        e.mode = *mode;
        e.owner = owners(fields.at(1).first(slash));
        e.group = groups(fields.at(1).sliced(slash + 1));
        e.mtimeSec = *mtime;
        QByteArray name = line.sliced(at).toByteArray();
        QByteArray target; // as listed (escaped)
        if (e.type == 'b' || e.type == 'c') {
            e.size = 0;
        } else {
            bool sizeOk = false;
            e.size = fields.at(2).toLongLong(&sizeOk);
            if (!sizeOk || e.size < 0) {
                unreadable();
                continue;
            }
        }
        if (e.type == 'l' || e.type == 'h') {
            const QByteArray arrow = e.type == 'l' ? QByteArray(" -> ") : QByteArray(" link to ");
            const qsizetype split = name.indexOf(arrow);
            if (split < 0) {
                unreadable();
                continue;
            }
            target = name.mid(split + arrow.size());
            e.linkTarget = QString::fromUtf8(unescapeTar(target));
            name = name.left(split);
        }
        e.path = tarPath(name);
        if (out.entries.isEmpty() && name.startsWith("./"))
            out.dotSlashNames = true;
        if (e.path.isEmpty() || e.path == QLatin1String(".")) {
            if (e.type != 'd')
                unreadable();
            continue; // the archive's root
        }
        if (e.type == 'h') {
            // A hard link: the same content as the file it links to, listed before it.
            if (!linksSeen) {
                for (qsizetype i = 0; i < out.entries.size(); ++i) {
                    if (out.entries.at(i).type == 'f')
                        fileAt.insert(out.entries.at(i).path, i);
                }
                linksSeen = true;
            }
            const auto original = fileAt.constFind(tarPath(target));
            if (original == fileAt.cend()) {
                treeProblem(out,
                    TreeListingText::tr("%1 is a hard link to %2, which the archive does not hold "
                                        "before it")
                        .arg(e.path, e.linkTarget.left(200)));
                continue;
            }
            e.type = 'f';
            e.size = out.entries.at(*original).size;
            e.linkTarget.clear();
        }
        if (e.type == 'f' && linksSeen)
            fileAt.insert(e.path, out.entries.size());
        out.entries.append(e);
    }
    addImpliedFolders(out);
    return out;
}

TreeListing readResticLs(const QByteArray &output, bool *linkTargetsKnown)
{
    TreeListing out;
    bool targets = true;
    readJsonLines(output, out, QStringLiteral("restic ls"), [&](const QJsonObject &o) {
        const QString kind = o.value(QLatin1String("struct_type")).toString();
        if (kind == QLatin1String("snapshot"))
            return true;
        if (kind != QLatin1String("node"))
            return false;
        TreeEntry e;
        const QString type = o.value(QLatin1String("type")).toString();
        static const QHash<QString, char> types {{QStringLiteral("file"), 'f'},
            {QStringLiteral("dir"), 'd'}, {QStringLiteral("symlink"), 'l'},
            {QStringLiteral("dev"), 'b'}, {QStringLiteral("chardev"), 'c'},
            {QStringLiteral("fifo"), 'p'}, {QStringLiteral("socket"), 's'}};
        const auto t = types.constFind(type);
        const QJsonValue mode = o.value(QLatin1String("mode"));
        const auto mtime = secondsFromIso(o.value(QLatin1String("mtime")).toString());
        QString path = o.value(QLatin1String("path")).toString();
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (t == types.cend() || !mode.isDouble() || !mtime || path.isEmpty())
            return false;
        e.type = *t;
        // Go's os.FileMode: permissions in the low bits, setuid 1<<23, setgid 1<<22, sticky 1<<20.
        const quint64 bits = quint64(mode.toDouble());
        e.mode = quint32(bits & 0777) | ((bits >> 23) & 1 ? 04000u : 0u)
            | ((bits >> 22) & 1 ? 02000u : 0u) | ((bits >> 20) & 1 ? 01000u : 0u);
        e.size = e.type == 'f' ? qint64(o.value(QLatin1String("size")).toDouble()) : 0;
        e.mtimeSec = *mtime;
        e.owner = QString::number(qint64(o.value(QLatin1String("uid")).toDouble()));
        e.group = QString::number(qint64(o.value(QLatin1String("gid")).toDouble()));
        e.path = path;
        if (e.type == 'l') {
            const QJsonValue target = o.value(QLatin1String("linktarget"));
            if (target.isString())
                e.linkTarget = target.toString();
            else
                targets = false;
        }
        if (e.size < 0)
            return false;
        out.entries.append(e);
        return true;
    });
    if (linkTargetsKnown)
        *linkTargetsKnown = targets;
    return out;
}

TreeListing readBorgLs(const QByteArray &output)
{
    TreeListing out;
    QHash<QString, qsizetype> fileAt;
    readJsonLines(output, out, QStringLiteral("borg list"), [&](const QJsonObject &o) {
        const QString type = o.value(QLatin1String("type")).toString();
        const auto mode = modeFromString(o.value(QLatin1String("mode")).toString().toLatin1());
        const auto mtime = secondsFromIso(o.value(QLatin1String("mtime")).toString());
        QString path = o.value(QLatin1String("path")).toString();
        if (type.size() != 1 || !QByteArray("-dlbcpsh").contains(type.at(0).toLatin1()) || !mode
            || !mtime || path.isEmpty())
            return false;
        TreeEntry e;
        e.type = type.at(0) == QLatin1Char('-') ? 'f' : type.at(0).toLatin1();
        e.mode = *mode;
        e.mtimeSec = *mtime;
        e.size = e.type == 'f' ? qint64(o.value(QLatin1String("size")).toDouble()) : 0;
        e.owner = o.value(QLatin1String("user")).toString();
        e.group = o.value(QLatin1String("group")).toString();
        e.path = path;
        QString target = o.value(QLatin1String("linktarget")).toString();
        if (target.isEmpty())
            target = o.value(QLatin1String("source")).toString();
        if (e.type == 'l') {
            e.linkTarget = target;
        } else if (e.type == 'h') {
            const auto original = fileAt.constFind(target);
            if (original == fileAt.cend())
                return false;
            e.type = 'f';
            e.size = out.entries.at(*original).size;
        }
        if (e.size < 0)
            return false;
        if (e.type == 'f')
            fileAt.insert(e.path, out.entries.size());
        out.entries.append(e);
        return true;
    });
    return out;
}

} // namespace RestoreTree

} // namespace dozor
