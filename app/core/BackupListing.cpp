#include "BackupListing.h"

#include "ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace dozor::BackupListing {

namespace {
struct ListingText {
    Q_DECLARE_TR_FUNCTIONS(BackupListing)
};

constexpr int maxProblems = 20;

void problem(CatalogListing &out, const QString &text)
{
    if (out.problems.size() < maxProblems)
        out.problems.append(text);
}

void sortNewestFirst(CatalogListing &out)
{
    std::stable_sort(out.entries.begin(), out.entries.end(),
        [](const CatalogEntry &a, const CatalogEntry &b) { return a.time > b.time; });
}

QJsonDocument parseJson(const QByteArray &output, CatalogListing &out, const char *tool)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError)
        problem(out,
            ListingText::tr("%1 printed something that is not JSON (%2 at byte %3): %4")
                .arg(QLatin1String(tool), error.errorString())
                .arg(error.offset)
                .arg(ServerText::oneLine(output.left(200), 120)));
    return doc;
}
} // namespace

CatalogListing readFind(const QByteArray &output, const BackupSource &source)
{
    CatalogListing out;
    const QList<QByteArray> records = output.split('\0');
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArray &record = records.at(i);
        if (record.isEmpty())
            continue; // the terminator after the last one
        if (out.entries.size() >= maxEntries) {
            problem(out,
                ListingText::tr("more than %1 backups: the rest are not listed").arg(maxEntries));
            break;
        }
        // "<type> <size> <mtime> <name>"; the name may hold spaces (never a NUL).
        const qsizetype a = record.indexOf(' ');
        const qsizetype b = a < 0 ? -1 : record.indexOf(' ', a + 1);
        const qsizetype c = b < 0 ? -1 : record.indexOf(' ', b + 1);
        bool sizeOk = false, timeOk = false;
        const qint64 size = b < 0 ? 0 : record.mid(a + 1, b - a - 1).toLongLong(&sizeOk);
        const double mtime = c < 0 ? 0 : record.mid(b + 1, c - b - 1).toDouble(&timeOk);
        const QString name = c < 0 ? QString() : QString::fromUtf8(record.mid(c + 1));
        if (c < 0 || a != 1 || !sizeOk || size < 0 || !timeOk || !std::isfinite(mtime)
            || name.isEmpty() || name.contains(QLatin1Char('/'))) {
            problem(out,
                ListingText::tr("an entry of the listing cannot be read: %1")
                    .arg(ServerText::oneLine(record.left(300), 160)));
            continue;
        }
        CatalogEntry e;
        e.name = name.left(1000);
        e.directory = record.at(0) == 'd';
        if (!e.directory)
            e.size = size;
        // Beyond year 9999 QDateTime cannot say it: such an mtime is refused.
        if (mtime < 0 || mtime > 253402300799.0) {
            problem(out, ListingText::tr("%1: its modification time cannot be true").arg(e.name));
            continue;
        }
        // Qt::UTC rather than a QTimeZone: the same instant, without a zone object per entry.
        e.time = QDateTime::fromMSecsSinceEpoch(qint64(mtime * 1000), Qt::UTC);
        if (!source.timeFormat.isEmpty()) {
            if (const auto named = backupTimeFromName(name, source.timeFormat, source.timeZone))
                e.time = *named;
            else
                problem(out,
                    ListingText::tr("%1 does not fit the time format %2; its modification time "
                                    "is used")
                        .arg(e.name, source.timeFormat));
        }
        out.entries.append(e);
    }
    sortNewestFirst(out);
    return out;
}

std::optional<FindDelta> diffFind(
    const QByteArray &before, const QByteArray &after, qsizetype maxChanges)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    // The common start, back to where a record starts.
    qsizetype head = std::mismatch(before.cbegin(), before.cbegin() + shorter, after.cbegin()).first
        - before.cbegin();
    while (head > 0 && before.at(head - 1) != '\0')
        --head;
    // The common end (not into the common start), forward to where a record starts in both.
    qsizetype tail =
        std::mismatch(before.crbegin(), before.crbegin() + (shorter - head), after.crbegin()).first
        - before.crbegin();
    const auto recordStarts = [](const QByteArray &text, qsizetype at) {
        return at == 0 || text.at(at - 1) == '\0';
    };
    while (tail > 0
        && !(
            recordStarts(before, before.size() - tail) && recordStarts(after, after.size() - tail)))
        --tail;
    const auto records = [maxChanges](const QByteArray &text, qsizetype from,
                             qsizetype to) -> std::optional<QList<QByteArray>> {
        QList<QByteArray> out;
        qsizetype at = from;
        while (at < to) {
            qsizetype end = text.indexOf('\0', at);
            if (end < 0 || end > to)
                end = to;
            if (end > at) {
                if (out.size() >= maxChanges)
                    return std::nullopt;
                out.append(text.mid(at, end - at));
            }
            at = end + 1;
        }
        return out;
    };
    const auto was = records(before, head, before.size() - tail);
    const auto is = records(after, head, after.size() - tail);
    if (!was || !is)
        return std::nullopt;
    // A record that only moved within the span is in both.
    FindDelta delta;
    const QSet<QByteArray> wasSet(was->cbegin(), was->cend());
    const QSet<QByteArray> isSet(is->cbegin(), is->cend());
    for (const QByteArray &record : *is) {
        if (!wasSet.contains(record))
            delta.added.append(record);
    }
    for (const QByteArray &record : *was) {
        if (!isSet.contains(record))
            delta.removed.append(record);
    }
    return delta;
}

CatalogListing readRestic(const QByteArray &output)
{
    CatalogListing out;
    const QJsonDocument doc = parseJson(output, out, "restic");
    if (!out.problems.isEmpty())
        return out;
    if (!doc.isArray()) {
        problem(out, ListingText::tr("restic listed no snapshots (not a JSON array)"));
        return out;
    }
    for (const QJsonValue &v : doc.array()) {
        if (out.entries.size() >= maxEntries)
            break;
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("short_id")).toString();
        const QString time = o.value(QStringLiteral("time")).toString();
        // restic prints nanoseconds; milliseconds are all a catalog needs.
        QString trimmed = time;
        static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
        trimmed.replace(fraction, QStringLiteral(".\\1"));
        const QDateTime t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (id.isEmpty() || !t.isValid()) {
            problem(out,
                ListingText::tr("a restic snapshot without a readable id or time: %1")
                    .arg(ServerText::oneLine(
                        QJsonDocument(o).toJson(QJsonDocument::Compact).left(200), 160)));
            continue;
        }
        CatalogEntry e;
        e.name = id.left(64);
        e.time = t;
        out.entries.append(e);
    }
    sortNewestFirst(out);
    return out;
}

CatalogListing readBorg(const QByteArray &output, const BackupSource &source)
{
    CatalogListing out;
    const QJsonDocument doc = parseJson(output, out, "borg");
    if (!out.problems.isEmpty())
        return out;
    const QJsonValue archives = doc.object().value(QStringLiteral("archives"));
    if (!archives.isArray()) {
        problem(out, ListingText::tr("borg listed no archives (no \"archives\" array)"));
        return out;
    }
    const QTimeZone zone =
        source.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(source.timeZone.toUtf8());
    for (const QJsonValue &v : archives.toArray()) {
        if (out.entries.size() >= maxEntries)
            break;
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        QString start = o.value(QStringLiteral("start")).toString();
        static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+$"));
        start.replace(fraction, QStringLiteral(".\\1"));
        QDateTime t = QDateTime::fromString(start, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), zone);
        if (name.isEmpty() || !t.isValid()) {
            problem(out,
                ListingText::tr("a borg archive without a readable name or time: %1")
                    .arg(ServerText::oneLine(
                        QJsonDocument(o).toJson(QJsonDocument::Compact).left(200), 160)));
            continue;
        }
        CatalogEntry e;
        e.name = name.left(1000);
        e.time = t;
        out.entries.append(e);
    }
    sortNewestFirst(out);
    return out;
}

} // namespace dozor::BackupListing
