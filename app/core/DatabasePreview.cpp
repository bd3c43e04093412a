#include "DatabasePreview.h"

#include "ServerText.h"

#include <QCoreApplication>
#include <QMap>

namespace dozor::DatabasePreview {

namespace {
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(DatabasePreview)
};

constexpr int maxProblems = 20;
constexpr int maxObjects = 100'000;
} // namespace

QByteArray sqliteCountQuery()
{
    // Every table but SQLite's own, counted in one statement per table.
    return QByteArrayLiteral(
        "SELECT 'SELECT ''' || hex(name) || ''', count(*) FROM \"' || replace(name, '\"', "
        "'\"\"') || '\";' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
        "'sqlite\\_%' ESCAPE '\\' ORDER BY name;");
}

QByteArray sqliteUri(const QString &path, bool immutable)
{
    // (A URI path: '%', '?' and '#' would end or change it, so they are written as %XX.)
    QByteArray uri = "file:";
    for (const char c : path.toUtf8()) {
        if (c == '%' || c == '?' || c == '#')
            uri += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
        else
            uri += c;
    }
    return uri + (immutable ? "?immutable=1" : "?mode=ro");
}

Counts readSqliteCounts(const QByteArray &output)
{
    Counts out;
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype bar = line.indexOf('|');
        bool ok = false;
        const qint64 rows = bar > 0 ? line.mid(bar + 1).trimmed().toLongLong(&ok) : 0;
        const QByteArray hex = bar > 0 ? line.left(bar) : QByteArray();
        const bool hexOk = !hex.isEmpty() && hex.size() % 2 == 0
            && std::all_of(hex.cbegin(), hex.cend(),
                [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); });
        if (!ok || rows < 0 || !hexOk) {
            if (out.problems.size() < maxProblems)
                out.problems.append(DatabaseText::tr("a line of the row counts cannot be read: %1")
                                        .arg(ServerText::oneLine(line.left(300), 160)));
            continue;
        }
        out.tables.append({QString::fromUtf8(QByteArray::fromHex(hex)), rows});
        if (out.tables.size() >= maxObjects)
            break;
    }
    return out;
}

QList<TableRows> mergeCounts(const Counts &backup, const Counts &live)
{
    QMap<QString, TableRows> byName;
    for (const auto &[name, rows] : backup.tables) {
        byName[name].table = name;
        byName[name].backupRows = rows;
    }
    for (const auto &[name, rows] : live.tables) {
        byName[name].table = name;
        byName[name].liveRows = rows;
    }
    return byName.values();
}

DumpContents readPgRestoreList(const QByteArray &output)
{
    // "215; 1259 16385 TABLE public users postgres"; comments start with ';'.
    DumpContents out;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype semi = line.indexOf(QLatin1Char(';'));
        if (semi <= 0)
            continue;
        const QStringList words = line.mid(semi + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 3)
            continue;
        const QStringList described = words.mid(2); // after the two object ids
        out.objects.append(described.join(QLatin1Char(' ')));
        if (described.size() >= 4 && described.at(0) == QLatin1String("TABLE")
            && described.at(1) == QLatin1String("DATA"))
            out.tables.append(described.at(2) + QLatin1Char('.') + described.at(3));
        if (out.objects.size() >= maxObjects)
            break;
    }
    return out;
}

DumpContents readSqlStatements(const QByteArray &output)
{
    DumpContents out;
    // A dump whose rows come as COPY names its tables there; one of INSERTs by its CREATEs.
    const bool copies = output.startsWith("COPY ") || output.contains("\nCOPY ");
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        if (words.at(0) == QLatin1String("COPY")) {
            out.tables.append(words.at(1));
            continue;
        }
        if (words.at(0) != QLatin1String("CREATE"))
            continue;
        // "CREATE [OR REPLACE] [UNIQUE] KIND [IF NOT EXISTS] name …"
        words.removeFirst();
        QStringList kind;
        const auto keyword = [](const QString &w) {
            return !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) {
                return c >= u'A' && c <= u'Z';
            });
        };
        while (!words.isEmpty() && keyword(words.first()) && words.first() != QLatin1String("IF")
            && kind.size() < 4)
            kind.append(words.takeFirst());
        if (words.size() > 3 && words.at(0) == QLatin1String("IF"))
            words = words.mid(3); // IF NOT EXISTS
        // The name: up to a '(' or a space; a quoted one whole.
        const QString rest = words.join(QLatin1Char(' '));
        QString name;
        if (rest.startsWith(QLatin1Char('"'))) {
            const qsizetype close = rest.indexOf(QLatin1Char('"'), 1);
            name = close < 0 ? QString() : rest.left(close + 1);
        } else {
            name = rest.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('('), 0, 0);
        }
        if (kind.isEmpty() || name.isEmpty())
            continue;
        out.objects.append(kind.join(QLatin1Char(' ')) + QLatin1Char(' ') + name);
        if (kind.last() == QLatin1String("TABLE") && !copies)
            out.tables.append(name);
        if (out.objects.size() >= maxObjects)
            break;
    }
    return out;
}

} // namespace dozor::DatabasePreview
