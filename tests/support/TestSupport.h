#pragma once

#include "core/Workspace.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// Helpers shared by the tests: real processes and real servers on loopback, never mocks.
namespace dozor::test {

QString sourcePath(const QString &relative);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Workspace pieces the tests build again and again.
Target localTarget(const QString &id, const QString &name, const QStringList &tags = {});
// An SSH target on 127.0.0.1:22 (only described; HTTP checks use it).
Target sshTarget(const QString &id, const QString &name, const QStringList &tags = {});
// A check of type with id "c" on target "t" and every setting at its default.
CheckSpec bareCheck(CheckType type);
// Server "srv" logging in at endpoint with a password (from the keychain), with one memory
// check "memory" that is OK whatever the machine does.
Workspace passwordServerWorkspace(const SshEndpoint &endpoint);
CheckSpec httpCheck(const QString &id, const QString &targetId, const QString &url,
    int intervalSec = 60, int timeoutSec = 10);

// The loopback HTTP(S) fixture (tests/integration/http_fixture.py, or another script under
// tests/ that prints "PORT <n>" the same way). Stopped on destruction.
class HttpFixture {
public:
    explicit HttpFixture(const QString &certFile = {}, const QString &keyFile = {},
        const QString &script = QStringLiteral("integration/http_fixture.py"));
    ~HttpFixture();
    bool isRunning() const { return m_port > 0; }
    int port() const { return m_port; }
    QString url(const QString &path) const;
    QString error() const { return m_error; }

private:
    QProcess m_process;
    int m_port = 0;
    bool m_tls = false;
    QString m_error;
};

// Sends signal to a running child; false (and nothing sent) when it has already ended, so a
// test never signals process 0 — its own process group — by mistake.
bool signalProcess(QProcess &process, int signal);

// Reads a process's standard output until done(output so far) holds or the time is up.
QByteArray readStdoutUntil(
    QProcess &process, const std::function<bool(const QByteArray &)> &done, int timeoutMs);

// Generates the test certificates into dir (tests/integration/make_certs.sh).
bool makeCertificates(const QString &dir, QString *error);

struct RunResult {
    int exitCode = -1; // -1: it crashed or was killed (see signal)
    int signal = 0; // the signal that ended it, when it crashed
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs the built dozor binary with DOZOR_HOME set to home.
RunResult runDozor(const QStringList &args, const QString &home, int timeoutMs = 60'000);
// The same with an environment of the caller's and bytes for its standard input.
RunResult runDozorWith(const QStringList &args, const QProcessEnvironment &env,
    const QByteArray &input, int timeoutMs = 60'000);
QProcessEnvironment dozorEnvironment(const QString &home);

} // namespace dozor::test
