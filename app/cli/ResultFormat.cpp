#include "ResultFormat.h"

#include "core/ExitCode.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dozor::ResultFormat {

namespace {
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(ResultFormat)
};

QString targetName(const QString &targetId, const Workspace &w)
{
    const Target *t = w.target(targetId);
    return t && !t->name.isEmpty() ? t->name : targetId;
}

QString pad(const QString &s, qsizetype width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}
} // namespace

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject resultToJson(const CheckResult &r, const Workspace &w)
{
    QJsonObject values;
    for (const MetricValue &m : r.values)
        values.insert(m.metric, m.value);
    QJsonObject o;
    o.insert(QStringLiteral("target"), r.targetId);
    o.insert(QStringLiteral("target_name"), targetName(r.targetId, w));
    o.insert(QStringLiteral("check"), r.checkId);
    o.insert(QStringLiteral("status"), statusName(r.status));
    o.insert(QStringLiteral("reason"), r.reason);
    o.insert(QStringLiteral("values"), values);
    o.insert(QStringLiteral("duration_ms"), r.durationMs);
    o.insert(QStringLiteral("time"), isoTime(r.startedMs));
    return o;
}

QJsonObject changeToJson(const StatusChange &c, const Workspace &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), isoTime(c.atMs));
    o.insert(QStringLiteral("target"), c.targetId);
    o.insert(QStringLiteral("target_name"), targetName(c.targetId, w));
    o.insert(QStringLiteral("check"), c.checkId);
    o.insert(QStringLiteral("from"), c.from ? QJsonValue(statusName(*c.from)) : QJsonValue());
    o.insert(QStringLiteral("status"), statusName(c.to));
    o.insert(QStringLiteral("reason"), c.reason);
    return o;
}

QString table(const QList<CheckResult> &results, const Workspace &w)
{
    const QString hTarget = FormatText::tr("TARGET"), hCheck = FormatText::tr("CHECK"),
                  hStatus = FormatText::tr("STATUS"), hTime = FormatText::tr("TIME"),
                  hReason = FormatText::tr("REASON");
    qsizetype wTarget = hTarget.size(), wCheck = hCheck.size(), wStatus = hStatus.size(),
              wTime = hTime.size();
    QList<QStringList> rows;
    for (const CheckResult &r : results) {
        QStringList row = {targetName(r.targetId, w), r.checkId, statusName(r.status),
            FormatText::tr("%1 ms").arg(r.durationMs), r.reason};
        wTarget = std::max(wTarget, row.at(0).size());
        wCheck = std::max(wCheck, row.at(1).size());
        wStatus = std::max(wStatus, row.at(2).size());
        wTime = std::max(wTime, row.at(3).size());
        rows.append(row);
    }
    QString out;
    const auto line = [&](const QStringList &r) {
        out += pad(r.at(0), wTarget) + QStringLiteral("  ") + pad(r.at(1), wCheck)
            + QStringLiteral("  ") + pad(r.at(2), wStatus) + QStringLiteral("  ")
            + r.at(3).rightJustified(wTime) + QStringLiteral("  ") + r.at(4) + QLatin1Char('\n');
    };
    line({hTarget, hCheck, hStatus, hTime, hReason});
    for (const QStringList &r : std::as_const(rows))
        line(r);
    return out;
}

QString changeLine(const StatusChange &c, const Workspace &w)
{
    const QString from = c.from ? statusName(*c.from) : FormatText::tr("new");
    return FormatText::tr("%1  %2 / %3  %4 → %5  %6")
        .arg(QDateTime::fromMSecsSinceEpoch(c.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            targetName(c.targetId, w), c.checkId, from, statusName(c.to), c.reason);
}

int exitCodeOf(const QList<CheckResult> &results)
{
    Status worst = Status::Ok;
    for (const CheckResult &r : results) {
        if (r.refusedForSafety)
            return ExitRefused;
        worst = worse(worst, r.status);
    }
    switch (worst) {
    case Status::Ok:
        return ExitOk;
    case Status::Warn:
        return ExitWarn;
    case Status::Unknown:
    case Status::Crit:
        break;
    }
    return ExitCrit;
}

} // namespace dozor::ResultFormat
