#pragma once

#include "core/Alerting.h"
#include "core/Expected.h"
#include "core/Message.h"
#include "remote/SshTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace dozor {

// The shell command a remediation runs, every value argv-quoted:
//   restart_unit  systemctl restart -- UNIT
//   fix_path      chown [-R] -- OWNER:GROUP PATH && chmod [-R] -- MODE PATH
//   command       the user's own command line, as a command check runs it
// with "sudo -n" in front of systemctl, chown and chmod when asked.
Expected<QByteArray> remediationCommand(const Remediation &remediation);
// What it does, in words, for buttons and the journal: "restart gunicorn.service".
Message remediationSummary(const Remediation &remediation);

// How a run went, for the journal: "restart nginx: exit 0 in 1.2 s; output: …".
Message remediationOutcome(const Message &summary, const RemoteRunResult &run);

// When automatic remediation may run: at most maxAttempts within windowMin; when that is
// used up and the check still fails, it gives up for cooldownMin (and says so once).
// Pure: the caller passes the time.
class RemediationPolicy {
public:
    enum class Verdict { Run, Wait, GiveUp };
    struct Decision {
        Verdict verdict = Verdict::Wait;
        qint64 untilMs = 0; // Wait: the cooldown's end, if that is the reason
    };
    Decision decide(const QString &checkId, const Remediation &r, qint64 nowMs);
    // Forget a check's attempts (its incident closed: the next one starts afresh).
    void reset(const QString &checkId) { m_state.remove(checkId); }
    int attemptsInWindow(const QString &checkId) const;

private:
    struct State {
        QList<qint64> attempts;
        qint64 cooldownUntilMs = 0;
    };
    QHash<QString, State> m_state;
};

} // namespace dozor
