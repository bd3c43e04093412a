#include "PostgresFixture.h"

#include "SshdFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace dozor::test {

namespace {
constexpr int socketPort = 5432; // only names the socket file: nothing listens on TCP

// The newest server's programs (Debian: /usr/lib/postgresql/<version>/bin).
QString serverBin()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
        [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString bin = versions.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}
} // namespace

PostgresFixture::PostgresFixture(QString dir)
    : m_dir(std::move(dir))
    , m_user(geteuid() == 0 ? QStringLiteral("postgres") : SshdFixture::currentUser())
{
}

PostgresFixture::~PostgresFixture()
{
    if (m_started)
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PostgresFixture::run(const QString &program, const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setWorkingDirectory(m_dir);
    // The server refuses to run as root: as root, everything runs as the postgres account.
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), m_user, QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3%4")
                      .arg(program, args.join(u' '),
                          QString::fromLocal8Bit(p.readAllStandardError()), p.errorString());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool PostgresFixture::start()
{
    m_bin = serverBin();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (install the "
                                 "postgresql package: .ci/install-deps does)");
        return false;
    }
    const QString data = m_dir + QStringLiteral("/data");
    const QString socket = m_dir + QStringLiteral("/socket");
    QDir().mkpath(data);
    QDir().mkpath(socket);
    // The account the server runs as must reach its folders.
    QFile::setPermissions(m_dir,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    if (geteuid() == 0) {
        QProcess chown;
        chown.start(QStringLiteral("chown"),
            {QStringLiteral("-R"), m_user + QLatin1Char(':'), data, socket});
        if (!chown.waitForFinished(10'000) || chown.exitCode() != 0) {
            m_error = QStringLiteral("chown failed: ")
                + QString::fromLocal8Bit(chown.readAllStandardError());
            return false;
        }
    }
    if (!run(m_bin + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-sync")}))
        return false;
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), data, QStringLiteral("-l"), data + QStringLiteral("/server.log"),
                QStringLiteral("-w"), QStringLiteral("-o"),
                QStringLiteral("-k %1 -p %2 -c listen_addresses= -c fsync=off")
                    .arg(socket)
                    .arg(socketPort),
                QStringLiteral("start")}))
        return false;
    m_started = true;
    return true;
}

QString PostgresFixture::connection(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2/socket&port=%3")
        .arg(database, m_dir)
        .arg(socketPort);
}

bool PostgresFixture::psql(const QString &database, const QString &sql, QByteArray *out)
{
    return run(m_bin + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
            connection(database), QStringLiteral("-c"), sql},
        out);
}

} // namespace dozor::test
