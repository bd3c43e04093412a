// DeployPlans: what the server says about a recipe's folder (its live release, lock, record and
// the live release's tree), and what a static build changes against it.
#include "DeployPlans.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace dozor::DeployPlans {

namespace {
struct StateText {
    Q_DECLARE_TR_FUNCTIONS(DeployPlans)
};

bool isHex64(QByteArrayView v)
{
    return v.size() == 64 && std::all_of(v.begin(), v.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

// A relative path a listing may name: no "..", not absolute, not empty.
bool isPlainPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const auto parts = QStringView(path).split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(),
        [](QStringView p) { return p.isEmpty() || p == u".." || p == u"."; });
}
} // namespace

QByteArray stateScript()
{
    // $1 the recipe's folder, $2 1: the live release's tree too, $3 1: its git commit.
    return "p=$1\n"
           "echo 'dozor-deploy-state 1'\n"
           "[ -d \"$p\" ] || { echo 'path no'; exit 0; }\n"
           "echo 'path yes'\n"
           "if [ -L \"$p/current\" ]; then\n"
           "  t=$(readlink -- \"$p/current\")\n"
           "  printf 'current %s\\n' \"$t\"\n"
           "  [ -e \"$p/current\" ] || echo 'dangling'\n"
           "elif [ -e \"$p/current\" ]; then echo 'current-folder'; fi\n"
           "for r in \"$p\"/releases/*; do [ -d \"$r\" ] && [ ! -L \"$r\" ] && printf 'release "
           "%s\\n' \"${r##*/}\"; done\n"
           "l=$p/.dozor-deploy.lock\n"
           "if [ -d \"$l\" ]; then if [ -f \"$l/holder\" ]; then sed 's/^/lock /' \"$l/holder\"; "
           "else echo 'lock ?'; fi; fi\n"
           "[ -f \"$p/.dozor-deploy\" ] && sed 's/^/record /' \"$p/.dozor-deploy\"\n"
           "[ \"$3\" = 1 ] && [ -d \"$p/current/\" ] && c=$(git -C \"$p/current/\" rev-parse HEAD "
           "2>/dev/null) && printf 'commit %s\\n' \"$c\"\n"
           "[ \"$2\" = 1 ] && [ -L \"$p/current\" ] && [ -d \"$p/current/\" ] || exit 0\n"
           "echo tree\n"
           "cd -- \"$p/current/\" || exit 1\n"
           "find . -mindepth 1 \\( -type d -printf 'D %P\\0' \\) -o \\( -type l -printf 'L "
           "%P\\0' \\) || exit 1\n"
           "find . -type f -print0 | xargs -0r sha256sum -z\n";
}

QList<QByteArray> stateArgs(const DeployRecipe &recipe, bool withTree)
{
    return {recipe.path.toUtf8(), withTree ? "1" : "0",
        recipe.kind == DeployRecipe::Kind::App ? "1" : "0"};
}

Expected<ServerState> readState(const QByteArray &output)
{
    ServerState state;
    const qsizetype treeAt =
        output.startsWith("tree\n") ? 0 : output.indexOf(QByteArrayView("\ntree\n"));
    const QList<QByteArray> lines = (treeAt < 0 ? output : output.left(treeAt + 1)).split('\n');
    if (lines.isEmpty() || lines.constFirst() != "dozor-deploy-state 1")
        return unexpected(StateText::tr("the server's answer is not a deploy state (the first "
                                        "line is \"%1\")")
                              .arg(QString::fromUtf8(lines.value(0).left(60))));
    DeployRecord record;
    bool hasRecord = false;
    QString currentTarget;
    for (const QByteArray &line : lines) {
        const QString value = [&line] {
            const qsizetype space = line.indexOf(' ');
            return space < 0 ? QString() : QString::fromUtf8(line.mid(space + 1));
        }();
        if (line == "path yes")
            state.pathExists = true;
        else if (line.startsWith("current "))
            currentTarget = value;
        else if (line == "dangling")
            state.currentIsDangling = true;
        else if (line == "current-folder")
            state.currentIsFolder = true;
        else if (line.startsWith("release "))
            state.releases.append(value);
        else if (line.startsWith("lock id ")) {
            if (!state.lock)
                state.lock = LockHolder();
            const QStringList words = value.split(QLatin1Char(' '));
            state.lock->id = value;
            state.lock->machine = words.value(1);
            state.lock->pid = words.value(2).toLongLong();
            state.lock->stamp = words.value(3);
        } else if (line.startsWith("lock ")) {
            if (!state.lock)
                state.lock = LockHolder();
            state.lock->text =
                value == QLatin1String("?") ? StateText::tr("a lock that names no one") : value;
        } else if (line.startsWith("record ")) {
            hasRecord = true;
            const QString key = value.section(QLatin1Char(' '), 0, 0);
            const QString rest = value.section(QLatin1Char(' '), 1);
            const QString field = rest == QLatin1String("-") ? QString() : rest;
            if (key == QLatin1String("recipe"))
                record.recipe = field;
            else if (key == QLatin1String("kind"))
                record.kind = field;
            else if (key == QLatin1String("before"))
                record.before = field;
            else if (key == QLatin1String("release"))
                record.release = field;
            else if (key == QLatin1String("phase"))
                record.phase = field; // the last one counts
        } else if (line.startsWith("commit "))
            state.commit = value;
    }
    if (!currentTarget.isEmpty()) {
        const QString name =
            currentTarget.startsWith(QLatin1String("releases/")) ? currentTarget.mid(9) : QString();
        // Not a release's name: another layout (a generic recipe does not mind).
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".")
            || name == QLatin1String("..") || name == QLatin1String("-"))
            state.currentElsewhere = currentTarget;
        else
            state.current = name;
    }
    if (hasRecord)
        state.record = record;
    if (treeAt < 0)
        return state;
    const QByteArrayView tree = QByteArrayView(output).sliced(treeAt + (treeAt == 0 ? 5 : 6));
    qsizetype at = 0;
    while (at < tree.size()) {
        qsizetype end = tree.indexOf('\0', at);
        if (end < 0)
            end = tree.size();
        const QByteArrayView rec = tree.sliced(at, end - at);
        at = end + 1;
        if (rec.isEmpty())
            continue;
        if (!QUtf8StringView(rec).isValidUtf8())
            return unexpected(StateText::tr("the live release holds a file whose name is not "
                                            "UTF-8: rename it on the server (%1)")
                                  .arg(QString::fromUtf8(
                                      rec.sliced(std::max<qsizetype>(0, rec.indexOf("./") + 2)))
                                           .left(120)));
        TreeEntry e;
        if (rec.startsWith("D ") || rec.startsWith("L ")) {
            e.type = rec.startsWith("D ") ? TreeEntry::Type::Folder : TreeEntry::Type::Link;
            e.path = QString::fromUtf8(rec.sliced(2));
        } else if (rec.size() > 68 && isHex64(rec.first(64)) && rec.sliced(64, 4) == "  ./") {
            e.sha256 = rec.first(64).toByteArray();
            e.path = QString::fromUtf8(rec.sliced(68));
        } else {
            return unexpected(
                StateText::tr("the live release's listing has a line Dozor cannot "
                              "read: \"%1\"")
                    .arg(QString::fromUtf8(rec.first(std::min<qsizetype>(rec.size(), 80)))));
        }
        if (!isPlainPath(e.path))
            return unexpected(StateText::tr("the live release's listing names \"%1\", which is "
                                            "not a path inside it")
                                  .arg(e.path.left(80)));
        state.live.append(e);
    }
    return state;
}

StaticChanges compare(const QList<TreeEntry> &build, const QList<TreeEntry> &live)
{
    StaticChanges c;
    c.build = build;
    QHash<QString, const TreeEntry *> liveByPath;
    liveByPath.reserve(live.size());
    for (const TreeEntry &e : live)
        liveByPath.insert(e.path, &e);
    for (const TreeEntry &e : build) {
        if (e.type == TreeEntry::Type::Folder) {
            const TreeEntry *was = liveByPath.value(e.path);
            if (!was || was->type != TreeEntry::Type::Folder)
                c.folders.append(e.path);
            continue;
        }
        c.buildBytes += e.size;
        const TreeEntry *was = liveByPath.value(e.path);
        if (was && was->type == TreeEntry::Type::File && was->sha256 == e.sha256) {
            ++c.unchanged;
            continue;
        }
        c.upload.append(e.path);
        c.uploadBytes += e.size;
    }
    // What goes: paths the build does not have, or has as another type (a file that became a
    // folder goes before the folder is made). Under a folder that goes, nothing more is named.
    QHash<QString, TreeEntry::Type> buildTypes;
    for (const TreeEntry &e : build)
        buildTypes.insert(e.path, e.type);
    QStringList gone;
    for (const TreeEntry &e : live) {
        const auto type = buildTypes.constFind(e.path);
        if (type == buildTypes.cend() || *type != e.type)
            gone.append(e.path);
    }
    std::sort(gone.begin(), gone.end());
    QString under;
    for (const QString &p : std::as_const(gone)) {
        if (!under.isEmpty() && p.startsWith(under))
            continue;
        c.remove.append(p);
        under = p + QLatin1Char('/');
    }
    c.layoutDigest = layoutDigest(build);
    c.uploadDigest = uploadDigest(build, c.upload);
    return c;
}

QByteArray layoutDigest(const QList<TreeEntry> &entries)
{
    QList<QByteArray> records;
    for (const TreeEntry &e : entries) {
        if (e.type == TreeEntry::Type::File)
            records.append(QByteArray::number(e.size) + ' ' + e.path.toUtf8() + '\0');
    }
    std::sort(records.begin(), records.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &r : std::as_const(records))
        hash.addData(r);
    return hash.result().toHex();
}

QByteArray uploadDigest(const QList<TreeEntry> &entries, const QStringList &paths)
{
    QHash<QString, QByteArray> sums;
    for (const TreeEntry &e : entries) {
        if (e.type == TreeEntry::Type::File)
            sums.insert(e.path, e.sha256);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &p : paths)
        hash.addData(QByteArray(sums.value(p) + "  " + p.toUtf8() + '\0'));
    return hash.result().toHex();
}

} // namespace dozor::DeployPlans
