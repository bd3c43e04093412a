#include "ConnectionTest.h"

#include "KnownHosts.h"
#include "ProbeScript.h"
#include "SshHost.h"
#include "SshHosts.h"
#include "core/ProbeParser.h"
#include "core/ResourceEvaluator.h"
#include "core/checks/CheckKind.h"

#include <QTimer>

#include <algorithm>

namespace dozor {

namespace {
constexpr int testTimeoutMs = 20'000;
constexpr int cpuReadingGapMs = 500;
} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
    , m_dozorKnownHosts(KnownHosts::dozorFile())
    , m_userKnownHosts(KnownHosts::userFile())
{
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::setKnownHostsFiles(const QString &dozorFile, const QString &userFile)
{
    m_dozorKnownHosts = dozorFile;
    m_userKnownHosts = userFile;
}

void ConnectionTest::start(
    const Target &target, const QByteArray &secret, const QList<CheckSpec> &checks)
{
    // A fresh connection per test: what was entered, not what the engine has open.
    delete m_hosts;
    m_hosts = new SshHosts(this);
    m_hosts->setKnownHostsFiles(m_dozorKnownHosts, m_userKnownHosts);
    m_hosts->setSecrets({{target.id, secret}});
    m_checks = checks;
    m_running = true;
    m_clock.start();
    SshHost *host = m_hosts->hostFor(target);
    host->runScript(ProbeScript::everything().script, testTimeoutMs, this,
        [this, host](const RemoteRunResult &r) {
            Report report;
            report.elapsedMs = m_clock.elapsed();
            const SshHostStatus status = host->status();
            report.reached = status.step;
            if (!r.completed()) {
                m_running = false;
                report.message = r.error;
                if (status.state == SshHostState::HostKeyUnknown)
                    report.unknownKey = host->lastHostKey();
                Q_EMIT finished(report);
                return;
            }
            const auto snapshot = ProbeParser::parse(r.out);
            if (!snapshot) {
                m_running = false;
                report.message = tr("logged in, but the probe failed: %1").arg(snapshot.error());
                Q_EMIT finished(report);
                return;
            }
            report.ok = true;
            report.reached = SshStep::Ready;
            QStringList seen;
            if (snapshot->cpuCount)
                seen.append(tr("%n CPU(s)", nullptr, *snapshot->cpuCount));
            if (snapshot->memory)
                seen.append(tr("%1 memory").arg(formatKib(snapshot->memory->totalKb)));
            if (snapshot->uptimeSec)
                seen.append(tr("up %1").arg(formatDuration(*snapshot->uptimeSec)));
            report.message =
                tr("connected and logged in; the probe ran in %1 ms (%2)%3")
                    .arg(r.elapsedMs)
                    .arg(seen.join(QStringLiteral(", ")))
                    .arg(status.persistentShell ? QString() : QStringLiteral("; ") + status.detail);
            const bool wantsCpu = std::any_of(m_checks.cbegin(), m_checks.cend(),
                [](const CheckSpec &c) { return c.type == CheckType::Cpu; });
            if (!wantsCpu || !snapshot->cpuFirst) {
                finish(report, *snapshot);
                return;
            }
            // CPU use is the busy share between two readings: a second probe a moment later.
            QTimer::singleShot(cpuReadingGapMs, this, [this, host, report, first = *snapshot] {
                host->runScript(ProbeScript::everything().script, testTimeoutMs, this,
                    [this, report, first](const RemoteRunResult &again) {
                        HostSnapshot snapshot = first;
                        if (again.completed()) {
                            if (const auto second = ProbeParser::parse(again.out);
                                second && second->cpuFirst)
                                snapshot.cpuSecond = second->cpuFirst;
                        }
                        finish(report, snapshot);
                    });
            });
        });
}

void ConnectionTest::finish(Report report, const HostSnapshot &snapshot)
{
    m_running = false;
    for (const CheckSpec &check : std::as_const(m_checks)) {
        if (checkKind(check.type).runner == CheckRunner::HostProbe)
            report.checks.append(evaluateResourceCheck(check, snapshot));
    }
    Q_EMIT finished(report);
}

} // namespace dozor
