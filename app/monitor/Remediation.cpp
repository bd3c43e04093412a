#include "Remediation.h"

#include "core/ShellQuote.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct RemediationText {
    Q_DECLARE_TR_FUNCTIONS(Remediation)
    DOZOR_MESSAGE_FUNCTIONS(Remediation)
};

Expected<QByteArray> privileged(const Remediation &r, const QByteArray &program,
    const QList<QByteArray> &options, const QList<QByteArray> &operands)
{
    if (!r.sudo)
        return ShellQuote::commandLine(program, options, operands);
    auto inner = ShellQuote::commandLine(program, options, operands);
    if (!inner)
        return inner;
    return QByteArray(QByteArrayLiteral("sudo -n ") + *inner);
}
} // namespace

Expected<QByteArray> remediationCommand(const Remediation &r)
{
    switch (r.action) {
    case Remediation::Action::RestartUnit:
        return privileged(r, "systemctl", {"restart"}, {r.unit.toUtf8()});
    case Remediation::Action::FixPath: {
        const QList<QByteArray> recursive =
            r.recursive ? QList<QByteArray> {"-R"} : QList<QByteArray> {};
        QList<QByteArray> steps;
        if (!r.owner.isEmpty() || !r.group.isEmpty()) {
            const QByteArray who = r.owner.isEmpty() ? QByteArray(":" + r.group.toUtf8())
                : r.group.isEmpty()                  ? r.owner.toUtf8()
                                    : QByteArray(r.owner.toUtf8() + ':' + r.group.toUtf8());
            auto chown = privileged(r, "chown", recursive, {who, r.path.toUtf8()});
            if (!chown)
                return chown;
            steps.append(*chown);
        }
        if (!r.mode.isEmpty()) {
            auto chmod = privileged(r, "chmod", recursive, {r.mode.toUtf8(), r.path.toUtf8()});
            if (!chmod)
                return chmod;
            steps.append(*chmod);
        }
        if (steps.isEmpty())
            return unexpected(RemediationText::tr("fix_path has nothing to set"));
        return steps.join(" && ");
    }
    case Remediation::Action::Command:
        if (r.run.contains(QChar(0)))
            return unexpected(RemediationText::tr("the command contains a NUL byte"));
        return r.run.toUtf8();
    case Remediation::Action::None:
        break;
    }
    return unexpected(RemediationText::tr("this check has no remediation"));
}

Message remediationSummary(const Remediation &r)
{
    switch (r.action) {
    case Remediation::Action::RestartUnit:
        return RemediationText::msg("restart %1").arg(r.unit);
    case Remediation::Action::FixPath:
        return RemediationText::msg("fix ownership and permissions of %1").arg(r.path);
    case Remediation::Action::Command:
        return RemediationText::msg("run \"%1\"").arg(r.run.left(80));
    case Remediation::Action::None:
        break;
    }
    return Message();
}

Message remediationOutcome(const Message &summary, const RemoteRunResult &run)
{
    if (!run.completed())
        return RemediationText::msg("%1: could not run: %2").arg(summary).arg(run.error);
    QString output = QString::fromUtf8(run.out + run.err).trimmed();
    if (output.size() > 2000)
        output = output.left(2000) + QStringLiteral(" …");
    const Message head = run.exitStatus.value_or(-1) == 0
        ? RemediationText::msg("%1: done (exit 0) in %2 s")
              .arg(summary)
              .real(double(run.elapsedMs) / 1000.0, 1)
        : RemediationText::msg("%1: failed with exit status %2 in %3 s")
              .arg(summary)
              .arg(run.exitStatus.value_or(-1))
              .real(double(run.elapsedMs) / 1000.0, 1);
    return output.isEmpty() ? head : RemediationText::msg("%1; output: %2").arg(head).arg(output);
}

RemediationPolicy::Decision RemediationPolicy::decide(
    const QString &checkId, const Remediation &r, qint64 nowMs)
{
    State &s = m_state[checkId];
    if (nowMs < s.cooldownUntilMs)
        return {Verdict::Wait, s.cooldownUntilMs};
    const qint64 since = nowMs - qint64 {r.windowMin} * 60'000;
    while (!s.attempts.isEmpty() && s.attempts.constFirst() < since)
        s.attempts.removeFirst();
    if (s.attempts.size() >= r.maxAttempts) {
        s.attempts.clear();
        s.cooldownUntilMs = nowMs + qint64 {r.cooldownMin} * 60'000;
        return {Verdict::GiveUp, s.cooldownUntilMs};
    }
    s.attempts.append(nowMs);
    return {Verdict::Run, 0};
}

int RemediationPolicy::attemptsInWindow(const QString &checkId) const
{
    const auto it = m_state.constFind(checkId);
    return it == m_state.constEnd() ? 0 : int(it->attempts.size());
}

} // namespace dozor
