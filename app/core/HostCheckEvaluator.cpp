#include "HostCheckEvaluator.h"

#include "core/checks/CheckSupport.h"

namespace dozor {

CheckResult evaluateHostCheck(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &previous, qint64 nowMs, std::optional<LogCursor> *next)
{
    const CheckKind &kind = checkKind(check.type);
    if (!kind.evaluateSection)
        return unknownResult(resultOf(check),
            CheckText::msg("%1 checks are not answered by the probe")
                .arg(checkTypeName(check.type)));
    return kind.evaluateSection(check, lines, previous, nowMs, next);
}

CheckResult evaluateCommandCheck(const CheckSpec &check, const CommandOutcome &outcome)
{
    const CheckKind &kind = checkKind(check.type);
    if (!kind.evaluateCommand)
        return unknownResult(resultOf(check),
            CheckText::msg("%1 checks do not run a command of their own")
                .arg(checkTypeName(check.type)));
    return kind.evaluateCommand(check, outcome);
}

CheckResult evaluateBackupCheck(const CheckSpec &check, const BackupFacts &facts, qint64 nowMs)
{
    const CheckKind &kind = checkKind(check.type);
    if (!kind.evaluateBackup)
        return unknownResult(resultOf(check),
            CheckText::msg("%1 checks do not read the backup catalog")
                .arg(checkTypeName(check.type)));
    return kind.evaluateBackup(check, facts, nowMs);
}

} // namespace dozor
