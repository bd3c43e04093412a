#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A real PostgreSQL server started by the test: its own cluster (initdb) in dir, listening
// only on a Unix socket in dir (no TCP port to collide with), local logins trusted. As root
// it runs as the "postgres" account (the server refuses root); otherwise as the test's user.
namespace dozor::test {

class PostgresFixture {
public:
    explicit PostgresFixture(QString dir);
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    bool start();
    QString error() const { return m_error; }
    // A libpq connection string for database over the socket, as the superuser.
    QString connection(const QString &database) const;
    // Runs sql with psql in database (quiet, tuples only); its output, or nothing on error.
    bool psql(const QString &database, const QString &sql, QByteArray *out = nullptr);

private:
    bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr);

    QString m_dir;
    QString m_bin;
    QString m_user;
    QString m_error;
    bool m_started = false;
};

} // namespace dozor::test
