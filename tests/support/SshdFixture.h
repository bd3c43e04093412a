#pragma once

#include "core/Workspace.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

// A real OpenSSH server on 127.0.0.1, started by the test as whoever runs it: as root any
// account can log in (CI runs as root), as another user only that user, with the client key
// (password logins need root to read the password database). Host and client keys are made
// with ssh-keygen in the fixture's folder; the client key is authorised for every user. Its
// log (sshd -e, LogLevel DEBUG1) is kept.
namespace dozor::test {

struct SshdOptions {
    bool passwordAuth = false;
    QString hostKeyName = QStringLiteral("host_ed25519"); // another name: another key
    QString extraConfig;
    QString logLevel = QStringLiteral("DEBUG1"); // benchmarks use INFO: logging costs CPU
};

class SshdFixture {
public:
    using Options = SshdOptions;

    explicit SshdFixture(QString dir);
    ~SshdFixture();

    bool start(const Options &options = Options {});
    // Kills the server and every connection it serves (as a crash or reboot would).
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); } // the listener
    QString dir() const { return m_dir; }
    QString clientKey() const; // private key file, no passphrase
    // A workspace login to this server with the client key (empty user: currentUser()).
    SshEndpoint endpoint(const QString &user = QString()) const;
    // The account running the tests: the one login that works whoever started sshd.
    static QString currentUser();
    QString clientPublicKey() const;
    QByteArray hostPublicKeyLine(const QString &hostKeyName = QStringLiteral("host_ed25519")) const;
    QString error() const { return m_error; }
    // Everything sshd logged since start() (DEBUG1).
    QByteArray log();
    // How many authentication requests sshd has seen since start().
    int authRequests();
    // CPU seconds (user + system) of sshd and everything under it, including the children
    // it and they have already reaped (Linux /proc).
    double treeCpuSeconds() const;

private:
    bool makeKey(const QString &name, QString *error);
    enum class Launch { Listening, PortTaken, Failed };
    // Writes the config for m_port and starts sshd; says whether it listens.
    Launch launch(const Options &options);

    QString m_dir;
    QProcess m_process;
    int m_port = 0;
    QByteArray m_log;
    QByteArray m_early; // printed on stdout/stderr (before the log file opened)
    QString m_logFile;
    QString m_error;
};

// Creates (or resets) a local account for password and rc-file tests; root only.
bool ensureTestUser(const QString &name, const QByteArray &password, QString *error);
// Process ids whose command line contains text (Linux /proc).
QList<qint64> processesWithCommandLine(const QByteArray &text);
// Peak and current resident memory of this process, in KiB (Linux /proc).
qint64 residentKiB();

} // namespace dozor::test
