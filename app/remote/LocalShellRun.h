#pragma once

#include "SshTypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace dozor {

// Runs a script once in a local /bin/sh, fed on stdin exactly as the SSH path feeds a remote
// shell: the host probe for "this computer", or a command check's command. Output is capped
// and the run has an absolute deadline; past either the process is killed and the result
// says so. Emits finished() exactly once, never from inside start().
class LocalShellRun : public QObject {
    Q_OBJECT
public:
    LocalShellRun(QByteArray script, int timeoutMs, qsizetype outCap, QObject *parent = nullptr);
    ~LocalShellRun() override;

    // Streamed: output is emitted as it arrives instead of kept (no cap then). Before start().
    void setStreaming(bool streaming) { m_streaming = streaming; }
    void start();
    // Stops the run and everything it started; finished() says "cancelled".
    void cancel();

Q_SIGNALS:
    void finished(const dozor::RemoteRunResult &result);
    void outputArrived(const QByteArray &chunk, bool isErr);

private:
    void readOutput();
    // Kills the shell and everything it started (its process group).
    void killGroup();
    void finish(const QString &error);

    QByteArray m_script;
    QProcess m_process;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    RemoteRunResult m_result;
    int m_timeoutMs;
    qsizetype m_outCap;
    bool m_done = false;
    bool m_streaming = false;
};

} // namespace dozor
