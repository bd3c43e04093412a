// HTTP(S) checks against real servers on loopback: a plain python3 -m http.server and the
// misbehaving fixture (redirects, 500, trickle, huge body, keywords, TLS certificates made
// with openssl at test time).
#include "TestSupport.h"
#include "monitor/CheckExecutor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

namespace {
CheckSpec httpCheck(const QString &url)
{
    return test::httpCheck(QStringLiteral("h"), QStringLiteral("t"), url);
}

CheckResult runCheck(const CheckSpec &check)
{
    Workspace w;
    w.targets.append(Target {QStringLiteral("t"), QString(), false, std::nullopt, {}});
    w.checks.append(check);
    CheckExecutor executor(w, QString());
    QSignalSpy results(&executor, &CheckExecutor::resultReady);
    executor.run({check.id});
    if (!results.wait(60'000))
        return {};
    return results.first().first().value<CheckResult>();
}

double value(const CheckResult &r, const QString &metric)
{
    for (const auto &v : r.values) {
        if (v.metric == metric)
            return v.value;
    }
    return -1;
}
} // namespace

class TestHttp : public QObject {
    Q_OBJECT
    QTemporaryDir m_certs;
    std::unique_ptr<test::HttpFixture> m_plainFixture;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<dozor::CheckResult>();
        QString error;
        QVERIFY2(test::makeCertificates(m_certs.path(), &error), qPrintable(error));
        m_plainFixture = std::make_unique<test::HttpFixture>();
        QVERIFY2(m_plainFixture->isRunning(), qPrintable(m_plainFixture->error()));
    }

    void pythonHttpServer()
    {
        QTemporaryDir root;
        test::writeFile(root.filePath(QStringLiteral("index.html")), "<h1>Dozor test page</h1>");
        QTcpServer portFinder;
        QVERIFY(portFinder.listen(QHostAddress::LocalHost));
        const quint16 port = portFinder.serverPort();
        portFinder.close();
        QProcess server;
        server.start(QStringLiteral(DOZOR_PYTHON),
            {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--directory"), root.path()});
        QVERIFY(server.waitForStarted());
        CheckSpec c = httpCheck(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        c.http.keyword = QStringLiteral("Dozor test page");
        CheckResult r;
        for (int attempt = 0; attempt < 50; ++attempt) { // until the server listens
            r = runCheck(c);
            if (r.status == Status::Ok)
                break;
            QTest::qWait(100);
        }
        server.kill();
        server.waitForFinished();
        QCOMPARE(r.status, Status::Ok);
        QVERIFY(r.reason.startsWith(QStringLiteral("HTTP 200 in ")));
        QCOMPARE(value(r, QStringLiteral("status_code")), 200.0);
        QVERIFY(value(r, QStringLiteral("response_ms")) >= 0);
    }

    void redirectNotFollowedUnlessAsked()
    {
        CheckSpec c = httpCheck(m_plainFixture->url(QStringLiteral("/redirect")));
        const CheckResult r = runCheck(c);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("redirect 301 to /ok (not followed; expected 2xx)"));
        c.http.followRedirects = true;
        const CheckResult followed = runCheck(c);
        QCOMPARE(followed.status, Status::Ok);
        c.http.followRedirects = false;
        c.http.expectStatus = {301};
        QCOMPARE(runCheck(c).status, Status::Ok);
    }

    void serverErrorIsCritical()
    {
        const CheckResult r = runCheck(httpCheck(m_plainFixture->url(QStringLiteral("/error"))));
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("HTTP 500 Internal Server Error (expected 2xx)"));
    }

    void trickleCannotHoldTheCheckOpen()
    {
        // 30 bytes at one a second: data keeps flowing, so only an absolute deadline stops it.
        CheckSpec c = httpCheck(m_plainFixture->url(QStringLiteral("/trickle")));
        c.timeoutSec = 2;
        const CheckResult r = runCheck(c);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("no complete response within 2 s"));
    }

    void hugeBodyIsCapped()
    {
        CheckSpec c = httpCheck(m_plainFixture->url(QStringLiteral("/huge")));
        c.http.keyword = QStringLiteral("never-there");
        const CheckResult r = runCheck(c);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason,
            QStringLiteral("keyword \"never-there\" not found in the body (only the first 1048576 "
                           "bytes were read)"));
        QCOMPARE(value(r, QStringLiteral("body_bytes")), 1048576.0);
        c.http.keyword.clear();
        const CheckResult ok = runCheck(c);
        QCOMPARE(ok.status, Status::Ok);
        QVERIFY(ok.reason.endsWith(QStringLiteral(", body over 1048576 bytes (truncated)")));
    }

    void keywords()
    {
        CheckSpec c = httpCheck(m_plainFixture->url(QStringLiteral("/keyword")));
        c.http.keyword = QStringLiteral("status: healthy");
        QCOMPARE(runCheck(c).status, Status::Ok);
        c = httpCheck(m_plainFixture->url(QStringLiteral("/maintenance")));
        c.http.keywordAbsent = QStringLiteral("Maintenance mode");
        const CheckResult r = runCheck(c);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("unwanted text \"Maintenance mode\" found in the body"));
    }

    void methodAndHeadersAreSent()
    {
        CheckSpec c = httpCheck(m_plainFixture->url(QStringLiteral("/echo-headers")));
        c.http.headers = {{"X-Dozor-Test", "yes please"}};
        c.http.keyword = QStringLiteral("X-Dozor-Test: yes please");
        QCOMPARE(runCheck(c).status, Status::Ok);
        c = httpCheck(m_plainFixture->url(QStringLiteral("/ok?head")));
        c.http.method = "HEAD";
        QCOMPARE(runCheck(c).status, Status::Ok);
        CheckSpec log = httpCheck(m_plainFixture->url(QStringLiteral("/log")));
        log.http.keyword = QStringLiteral("HEAD /ok?head");
        QCOMPARE(runCheck(log).status, Status::Ok);
    }

    void refusedConnectionIsCriticalInWords()
    {
        QTcpServer portFinder;
        QVERIFY(portFinder.listen(QHostAddress::LocalHost));
        const quint16 port = portFinder.serverPort();
        portFinder.close();
        const CheckResult r = runCheck(httpCheck(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(r.reason.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
            qPrintable(r.reason));
        // Where: the host and port it could not reach.
        QVERIFY2(
            r.reason.startsWith(QStringLiteral("127.0.0.1:%1: ").arg(port)), qPrintable(r.reason));
    }

    void tls_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("self-signed, untrusted")
            << "selfsigned" << false << int(Status::Crit)
            << "TLS: the certificate's issuer (127.0.0.1) is not trusted here; for a "
               "self-signed or private CA certificate set the check's CA file";
        QTest::newRow("CA-signed, CA not given")
            << "valid" << false << int(Status::Crit)
            << "TLS: the certificate's issuer (Dozor Test CA) is not trusted here";
        QTest::newRow("CA-signed, CA trusted")
            << "valid" << true << int(Status::Ok) << ", certificate valid 36";
        QTest::newRow("expires in 10 days")
            << "soon" << true << int(Status::Crit) << "TLS certificate expires in";
        QTest::newRow("expired") << "expired" << true << int(Status::Crit)
                                 << "TLS: the certificate expired on ";
        QTest::newRow("name mismatch") << "wrongname" << true << int(Status::Crit)
                                       << "TLS: the certificate is for shop.example, not 127.0.0.1";
    }
    void tls()
    {
        QFETCH(QString, cert);
        QFETCH(bool, trustCa);
        QFETCH(int, status);
        QFETCH(QString, reasonContains);
        test::HttpFixture server(m_certs.filePath(cert + QStringLiteral(".pem")),
            m_certs.filePath(cert + QStringLiteral(".key")));
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        CheckSpec c = httpCheck(server.url(QStringLiteral("/ok")));
        if (trustCa)
            c.http.caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        const CheckResult r = runCheck(c);
        QCOMPARE(int(r.status), status);
        QVERIFY2(r.reason.contains(reasonContains), qPrintable(r.reason));
        if (r.status == Status::Ok)
            QVERIFY(value(r, QStringLiteral("tls_days_left")) >= 363);
    }

    // Two checks of one HTTPS server, one trusting the server's CA through ca_file and one
    // not, in one executor: neither order nor running together lets one check's trust
    // decide for the other (Qt keeps connections per host and port under the settings of
    // the request that opened them).
    void trustNeverCrossesChecks()
    {
        test::HttpFixture server(m_certs.filePath(QStringLiteral("valid.pem")),
            m_certs.filePath(QStringLiteral("valid.key")));
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        CheckSpec trusting = test::httpCheck(
            QStringLiteral("trusting"), QStringLiteral("t"), server.url(QStringLiteral("/ok")));
        trusting.http.caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        CheckSpec plain = test::httpCheck(
            QStringLiteral("plain"), QStringLiteral("t"), server.url(QStringLiteral("/ok")));
        Workspace w;
        w.targets.append(Target {QStringLiteral("t"), QString(), false, std::nullopt, {}});
        w.checks = {trusting, plain};
        CheckExecutor executor(w, QString());
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        QHash<QString, QList<Status>> seen;
        connect(&executor, &CheckExecutor::resultReady, this,
            [&](const CheckResult &r) { seen[r.checkId].append(r.status); });
        const QList<QStringList> rounds = {{QStringLiteral("trusting")}, {QStringLiteral("plain")},
            {QStringLiteral("trusting"), QStringLiteral("plain")}, {QStringLiteral("plain")},
            {QStringLiteral("trusting")}, {QStringLiteral("plain"), QStringLiteral("trusting")}};
        qsizetype expected = 0;
        for (const QStringList &round : rounds) {
            executor.run(round);
            expected += round.size();
            QTRY_COMPARE_WITH_TIMEOUT(results.size(), expected, 30'000);
        }
        QCOMPARE(seen.value(QStringLiteral("trusting")), QList<Status>(4, Status::Ok));
        QCOMPARE(seen.value(QStringLiteral("plain")), QList<Status>(4, Status::Crit));
    }

    // Answers as servers really write them, from a socket that sends canned bytes: a
    // chunked body, an interim 100 Continue, a body cut short, something that is not HTTP,
    // endless headers, and a redirect from https to http that must not be followed.
    void rawAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            "7;ext=1\r\nall-sys\r\nc\r\ntems-go, ok!\r\n0\r\n\r\n")
                                 << "all-systems-go" << int(Status::Ok) << "HTTP 200 in";
        QTest::newRow("100 Continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Service Unavailable\r\n"
                          "Content-Length: 4\r\n\r\nbusy")
            << "" << int(Status::Crit) << "HTTP 503 Service Unavailable (expected 2xx)";
        QTest::newRow("close-delimited body")
            << QByteArray("HTTP/1.0 200 OK\r\n\r\nthe shop is open") << "shop is open"
            << int(Status::Ok) << "HTTP 200 in";
        QTest::newRow("cut short")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this") << ""
            << int(Status::Crit) << "the connection closed after 9 of 100 bytes of the body";
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << ""
                                  << int(Status::Crit) << "not an HTTP answer: SSH-2.0-OpenSSH_9.2";
        QTest::newRow("endless headers")
            << QByteArray("HTTP/1.1 200 OK\r\n" + QByteArray(70'000, 'h')) << ""
            << int(Status::Crit) << "the response headers are larger than 64 KiB";
        QTest::newRow("no answer") << QByteArray() << "" << int(Status::Crit)
                                   << "the server closed the connection without an answer";
    }
    void rawAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, keyword);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            connect(c, &QTcpSocket::readyRead, c, [c, answer] {
                c->readAll();
                c->write(answer);
                c->disconnectFromHost();
            });
        });
        CheckSpec c = httpCheck(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        c.http.keyword = keyword;
        const CheckResult r = runCheck(c);
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        QCOMPARE(int(r.status), status);
    }

    void noRedirectFromHttpsToHttp()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        test::HttpFixture server(m_certs.filePath(QStringLiteral("valid.pem")),
            m_certs.filePath(QStringLiteral("valid.key")));
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        // The fixture's /redirect answers "Location: /ok": same scheme, followed.
        CheckSpec c = httpCheck(server.url(QStringLiteral("/redirect")));
        c.http.caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        c.http.followRedirects = true;
        QCOMPARE(runCheck(c).status, Status::Ok);
        // A canned https answer is out of reach here; the rule is checked on the resolved
        // URL, which a plain server's redirect to https would pass and the reverse not.
        QTcpServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost));
        connect(&redirector, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = redirector.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, &plain] {
                s->readAll();
                s->write("HTTP/1.1 302 Found\r\nLocation: ftp://127.0.0.1:"
                    + QByteArray::number(plain.serverPort()) + "/\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        CheckSpec ftp =
            httpCheck(QStringLiteral("http://127.0.0.1:%1/").arg(redirector.serverPort()));
        ftp.http.followRedirects = true;
        const CheckResult r = runCheck(ftp);
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(r.reason.contains(QStringLiteral("cannot be followed")), qPrintable(r.reason));
    }

    void unreadableCaFileIsAnError()
    {
        test::HttpFixture server(m_certs.filePath(QStringLiteral("valid.pem")),
            m_certs.filePath(QStringLiteral("valid.key")));
        CheckSpec c = httpCheck(server.url(QStringLiteral("/ok")));
        c.http.caFile = m_certs.filePath(QStringLiteral("valid.csr"));
        const CheckResult r = runCheck(c);
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(r.reason.contains(QStringLiteral("no PEM certificate could be read")),
            qPrintable(r.reason));
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
