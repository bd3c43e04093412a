#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace dozor {

// What one probe run printed, bounded; or why it could not run.
struct ProbeOutput {
    QByteArray output;
    QString error; // empty when the probe ran to the end
    qint64 elapsedMs = 0;
};

// Runs the host probe (resources/probe.sh) once in a local /bin/sh, feeding the script on
// stdin exactly as the SSH path feeds a remote shell. Output is capped and the run has an
// absolute deadline; on either the process is killed. Emits finished() exactly once.
class LocalProbeRun : public QObject {
    Q_OBJECT
public:
    explicit LocalProbeRun(int timeoutMs, QObject *parent = nullptr);
    ~LocalProbeRun() override;

    void start();

    static QByteArray probeScript();

Q_SIGNALS:
    void finished(const dozor::ProbeOutput &result);

private:
    void readOutput();
    void finish(const QString &error);

    QProcess m_process;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    ProbeOutput m_result;
    QByteArray m_stderr;
    int m_timeoutMs;
    bool m_done = false;
};

} // namespace dozor

Q_DECLARE_METATYPE(dozor::ProbeOutput)
