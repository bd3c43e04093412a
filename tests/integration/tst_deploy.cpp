// Deploys through the dozor binary as a user runs them, over a real sshd on loopback, with a
// real nginx serving the recipe's current link: a good build goes live and the one before is
// kept; a second deploy uploads only what changed (its bytes counted); files the build gives
// the wrong owner and mode 600 are served after the deploy fixes them; a build whose checks
// fail is rolled back; a second deploy while one runs is refused naming the holder; the grace
// window keeps `dozor watch` quiet while the deploy takes the site down, and alerts come back
// after it; an SSH connection cut after the swap leaves a deploy that `dozor deploy rollback`
// puts right.
#include "SshdFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

namespace {

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

struct Answer {
    int status = 0;
    QByteArray body;
};

Answer get(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(url)};
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return a;
}

} // namespace

class TestDeploy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    QTemporaryDir m_tree; // the server's files (the site) and nginx's
    std::unique_ptr<SshdFixture> m_sshd;
    QProcess m_nginx;
    int m_webPort = 0;
    QString m_workspace;
    bool m_root = ::geteuid() == 0;

    QString tree(const QString &relative) const { return QDir(m_tree.path()).filePath(relative); }
    QString site(const QString &relative = QString()) const
    {
        return tree(QStringLiteral("srv/site"))
            + (relative.isEmpty() ? QString() : QLatin1Char('/') + relative);
    }
    QString build(const QString &relative = QString()) const
    {
        return m_home.filePath(QStringLiteral("build"))
            + (relative.isEmpty() ? QString() : QLatin1Char('/') + relative);
    }
    QString page(const QString &path = QStringLiteral("index.html")) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_webPort).arg(path);
    }
    QString hangFlag() const { return tree(QStringLiteral("hang-restart")); }
    QString app(const QString &relative = QString()) const
    {
        return tree(QStringLiteral("srv/app"))
            + (relative.isEmpty() ? QString() : QLatin1Char('/') + relative);
    }
    QString appPage() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_appPort); }
    int m_appPort = 0;

    // The app's repository (what the server clones): the tag v1 serves a page that says
    // "healthy app"; the branch broken does not. manage.py and pip write what they are asked
    // into the app's folder (manage.log).
    void makeRepository()
    {
        const QString work = m_home.filePath(QStringLiteral("app-work"));
        QVERIFY(QDir().mkpath(work));
        const auto git = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(work);
            p.start(QStringLiteral("git"),
                QStringList {QStringLiteral("-c"), QStringLiteral("user.name=t"),
                    QStringLiteral("-c"), QStringLiteral("user.email=t@example.com")}
                    + args);
            return p.waitForFinished() && p.exitCode() == 0;
        };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
            QStringLiteral("main")}));
        writeFile(QDir(work).filePath(QStringLiteral("manage.py")),
            "import os, sys\n"
            "with open(os.path.join(os.getcwd(), '..', '..', 'manage.log'), 'a') as f:\n"
            "    f.write(' '.join(sys.argv[1:]) + '\\n')\n");
        writeFile(QDir(work).filePath(QStringLiteral("requirements.txt")), "django\n");
        writeFile(QDir(work).filePath(QStringLiteral("index.html")), "healthy app v1");
        QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
            QStringLiteral("v1")}));
        QVERIFY(git({QStringLiteral("tag"), QStringLiteral("v1")}));
        QVERIFY(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
            QStringLiteral("broken")}));
        writeFile(QDir(work).filePath(QStringLiteral("index.html")), "500 internal error");
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
            QStringLiteral("-m"), QStringLiteral("broken")}));
        QVERIFY(git({QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), work,
            tree(QStringLiteral("srv/app-origin.git"))}));
        // The virtualenv: its python is the system's, its pip records what it would install.
        QVERIFY(QDir().mkpath(tree(QStringLiteral("srv/venv/bin"))));
        QVERIFY(QFile::link(
            QStringLiteral("/usr/bin/python3"), tree(QStringLiteral("srv/venv/bin/python"))));
        writeFile(tree(QStringLiteral("srv/venv/bin/pip")),
            "#!/bin/sh\necho \"pip $*\" >> \"$(dirname \"$0\")/../../app/manage.log\"\n");
        QVERIFY(QFile::setPermissions(tree(QStringLiteral("srv/venv/bin/pip")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther));
        QVERIFY(QDir().mkpath(app()));
        QVERIFY(QDir().mkpath(tree(QStringLiteral("srv/backups"))));
        writeFile(tree(QStringLiteral("srv/app.sqlite3")), "the app's data");
    }

    RunResult dozor(QStringList args, int timeoutMs = 180'000)
    {
        args << QStringLiteral("--workspace") << m_workspace;
        return runDozorWith(args, dozorEnvironment(m_home.path()), {}, timeoutMs);
    }
    QJsonObject deploy(const QStringList &extra, int expectedExit)
    {
        const RunResult r =
            dozor(QStringList {QStringLiteral("deploy"), QStringLiteral("srv"),
                      QStringLiteral("site"), QStringLiteral("--yes"), QStringLiteral("--json")}
                + extra);
        if (r.exitCode != expectedExit)
            qWarning().noquote() << "exit" << r.exitCode << r.err << r.out.left(4000);
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(r.out).object();
    }
    QStringList releases() const
    {
        return QDir(site(QStringLiteral("releases")))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }
    QString live() const
    {
        return QFile::symLinkTarget(site(QStringLiteral("current"))).section(QLatin1Char('/'), -1);
    }

    // A build of n files (every page says "healthy" unless broken) plus an index naming the
    // version.
    void makeBuild(const QByteArray &version, int n = 40, bool broken = false)
    {
        QDir(build()).removeRecursively();
        QVERIFY(QDir().mkpath(build(QStringLiteral("assets/img"))));
        writeFile(build(QStringLiteral("index.html")),
            "<h1>" + version + "</h1>" + (broken ? QByteArray("oops") : QByteArray("healthy")));
        for (int i = 0; i < n; ++i)
            writeFile(build(QStringLiteral("assets/f%1.js").arg(i)),
                QByteArray(1000 + i, char('a' + i % 26)));
        writeFile(build(QStringLiteral("assets/img/logo.svg")), "<svg/>");
        writeFile(build(QStringLiteral("token.json")), R"({"data": {"token": "f1"}})");
    }

    void startNginx()
    {
        m_webPort = freePort();
        m_appPort = freePort();
        QVERIFY(m_webPort > 0 && m_appPort > 0 && m_appPort != m_webPort);
        QDir().mkpath(tree(QStringLiteral("nginx/tmp")));
        const QString conf = tree(QStringLiteral("nginx/nginx.conf"));
        QByteArray text = "daemon off;\nworker_processes 1;\n";
        if (m_root)
            text += "user www-data www-data;\n";
        text += "pid " + tree(QStringLiteral("nginx/nginx.pid")).toUtf8() + ";\nerror_log "
            + tree(QStringLiteral("nginx/error.log")).toUtf8()
            + ";\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n";
        for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
            text += QByteArray("  ") + temp + "_temp_path "
                + tree(QStringLiteral("nginx/tmp/")).toUtf8() + temp + ";\n";
        for (const auto &[port, root] : {std::pair {m_webPort, site(QStringLiteral("current"))},
                 std::pair {m_appPort, app(QStringLiteral("current"))}})
            text += "  server {\n    listen 127.0.0.1:" + QByteArray::number(port) + ";\n    root "
                + root.toUtf8() + ";\n    index index.html;\n  }\n";
        text += "}\n";
        writeFile(conf, text);
        m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        m_nginx.start(QStringLiteral("nginx"),
            {QStringLiteral("-c"), conf, QStringLiteral("-p"), tree(QStringLiteral("nginx"))});
        QVERIFY2(m_nginx.waitForStarted(), qPrintable(m_nginx.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(get(page()).status != 0, 10'000);
    }

    void writeWorkspace()
    {
        using L = QLatin1String;
        QJsonObject site {{L("id"), L("site")}, {L("target"), L("srv")}, {L("kind"), L("static")},
            {L("path"), this->site()}, {L("from"), build()}, {L("keep"), 3},
            {L("post_check_timeout"), 5},
            // A restart that hangs while the flag is there: an SSH cut after the swap.
            {L("restart_command"),
                QJsonArray {L("sh"), L("-c"), L("while [ -e \"$1\" ]; do sleep 0.2; done"), L("sh"),
                    hangFlag()}}};
        if (m_root) {
            site.insert(L("owner"), m_siteOwner);
            site.insert(L("group"), m_siteOwner);
        }
        if (!m_fileMode.isEmpty())
            site.insert(L("file_mode"), m_fileMode);
        // Smoke requests: the home page, then a value taken from one answer used in the next.
        site.insert(L("smoke"),
            QJsonArray {QJsonObject {{L("name"), L("home")}, {L("url"), page()},
                            {L("expect"), L("healthy")}},
                QJsonObject {{L("name"), L("token")},
                    {L("url"), page(QStringLiteral("token.json"))},
                    {L("take"), QJsonObject {{L("t"), L("data.token")}}}},
                QJsonObject {{L("name"), L("asset named by the token")},
                    {L("url"), page(QStringLiteral("assets/{t}.js"))}, {L("expect_status"), 200}}});
        // Steps on the same folder (the same lock): a slow one, and one that takes the site
        // down for a while.
        const QJsonObject slow {{
                                    L("id"),
                                    L("slow"),
                                },
            {L("target"), L("srv")}, {L("kind"), L("generic")}, {L("path"), this->site()},
            {L("steps"),
                QJsonArray {QJsonObject {
                    {L("name"), L("wait")}, {L("command"), QJsonArray {L("sleep"), L("8")}}}}}};
        const QJsonObject outage {{L("id"), L("outage")}, {L("target"), L("srv")},
            {L("kind"), L("generic")}, {L("path"), this->site()},
            {L("steps"),
                QJsonArray {QJsonObject {{L("name"), L("take the site down for a while")},
                    {L("command"),
                        QJsonArray {L("sh"), L("-c"),
                            L("sleep 7 && mv current current.off && sleep 8 && mv current.off "
                              "current")}},
                    {L("timeout"), 60}}}}};
        QJsonArray checks {QJsonObject {{L("id"), L("site")}, {L("target"), L("srv")},
            {L("type"), L("http")}, {L("interval"), 1}, {L("timeout"), 3},
            {L("http"), QJsonObject {{L("url"), page()}, {L("keyword"), L("healthy")}}}}};
        if (m_appChecked)
            checks.append(QJsonObject {{L("id"), L("app")}, {L("target"), L("srv")},
                {L("type"), L("http")}, {L("interval"), 1}, {L("timeout"), 3},
                {L("http"),
                    QJsonObject {{L("url"), appPage()}, {L("keyword"), L("healthy app")}}}});
        const QJsonObject appRecipe {{L("id"), L("app")}, {L("target"), L("srv")},
            {L("kind"), L("app")}, {L("path"), app()},
            {L("repository"), tree(QStringLiteral("srv/app-origin.git"))},
            {L("venv"), tree(QStringLiteral("srv/venv"))}, {L("backup"), L("appdb")},
            {L("post_check_timeout"), 5}};
        const QJsonArray backups {
            QJsonObject {{L("id"), L("appdb")}, {L("target"), L("srv")}, {L("type"), L("database")},
                {L("path"), tree(QStringLiteral("srv/backups"))}, {L("pattern"), L("db_*.sqlite3")},
                {L("command"),
                    QJsonArray {L("sh"), L("-c"),
                        L("cp \"$1\" \"$2/db_$(date +%Y%m%d-%H%M%S%N).sqlite3\""), L("sh"),
                        tree(QStringLiteral("srv/app.sqlite3")),
                        tree(QStringLiteral("srv/backups"))}}}};

        const QJsonObject target {{L("id"), L("srv")},
            {L("ssh"),
                QJsonObject {{L("host"), L("127.0.0.1")}, {L("port"), m_sshd->port()},
                    {L("user"), SshdFixture::currentUser()}, {L("auth"), L("key")},
                    {L("key_file"), m_sshd->clientKey()}}}};
        QJsonObject root {{L("schema"), 1}, {L("targets"), QJsonArray {target}},
            {L("checks"), checks}, {L("backups"), backups},
            {L("deploy"), QJsonArray {site, slow, outage, appRecipe}}};
        if (m_alertPort)
            root.insert(L("alerts"),
                QJsonObject {{L("channels"),
                    QJsonArray {QJsonObject {{L("id"), L("hook")}, {L("type"), L("webhook")},
                        {L("url"),
                            QStringLiteral("http://127.0.0.1:%1/hook").arg(m_alertPort)}}}}});
        m_workspace = m_home.filePath(QStringLiteral("ws.json"));
        writeFile(m_workspace, QJsonDocument(root).toJson());
    }
    int m_alertPort = 0;
    QString m_siteOwner = QStringLiteral("www-data");
    QString m_fileMode;
    bool m_appChecked = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_serverDir.isValid() && m_tree.isValid());
        // nginx's workers (www-data when root) walk down to the site.
        QVERIFY(::chmod(QFile::encodeName(m_tree.path()).constData(), 0755) == 0);
        QVERIFY(QDir().mkpath(site()));
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        SshdFixture::Options options;
        options.extraConfig = QStringLiteral("SetEnv SHLVL=5\n");
        QVERIFY2(m_sshd->start(options), qPrintable(m_sshd->error()));
        makeRepository();
        startNginx();
        writeWorkspace();
        const RunResult valid = dozor({QStringLiteral("validate")});
        QVERIFY2(valid.exitCode == 0, QByteArray(valid.out + valid.err).constData());
        // The host key, once.
        const RunResult accept = dozor({QStringLiteral("check"), QStringLiteral("--target"),
            QStringLiteral("srv"), QStringLiteral("--accept-new-host-keys")});
        Q_UNUSED(accept)
        makeBuild("v0");
        const RunResult known = dozor({QStringLiteral("deploy"), QStringLiteral("srv"),
            QStringLiteral("site"), QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(known.exitCode == 3, QByteArray(known.out + known.err).constData());
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() == QProcess::Running) {
            signalProcess(m_nginx, SIGQUIT);
            m_nginx.waitForFinished(10'000);
        }
    }

    // The first deploy: the plan is shown without --yes, nothing changes; with it the build
    // is live behind nginx.
    void goodBuildGoesLive()
    {
        makeBuild("v1");
        const RunResult dry =
            dozor({QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("site")});
        QCOMPARE(dry.exitCode, 3);
        QVERIFY2(dry.out.contains("Live release: none"), dry.out.constData());
        QVERIFY(dry.out.contains("Changes: 43 to upload"));
        QVERIFY(dry.err.contains("Nothing was changed on the server"));
        QVERIFY(releases().isEmpty());

        // The checks before fail (nothing is served yet): refused, unless said.
        const QJsonObject refused = deploy({}, 4);
        QCOMPARE(refused[QLatin1String("state")].toString(), QStringLiteral("failed"));
        QVERIFY(releases().isEmpty());
        QVERIFY(!QFileInfo::exists(site(QStringLiteral(".dozor-deploy.lock"))));

        const QJsonObject job = deploy({QStringLiteral("--deploy-anyway")}, 0);
        QCOMPARE(job[QLatin1String("state")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(job[QLatin1String("upload_files")].toInt(), 43);
        const QString release = job[QLatin1String("release")].toString();
        QCOMPARE(releases(), QStringList {release});
        QCOMPARE(live(), release);
        const Answer a = get(page());
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("<h1>v1</h1>"));
        QVERIFY(!QFileInfo::exists(site(QStringLiteral(".dozor-deploy.lock"))));
    }

    // Only what differs is sent: one file changed, one added, one removed.
    void secondDeployUploadsOnlyChanges()
    {
        const QString before = live();
        makeBuild("v2");
        QFile::remove(build(QStringLiteral("assets/f3.js")));
        writeFile(build(QStringLiteral("assets/new.css")), "body { color: red }");
        const qint64 expected = QFileInfo(build(QStringLiteral("index.html"))).size()
            + QFileInfo(build(QStringLiteral("assets/new.css"))).size();
        const QJsonObject job = deploy({}, 0);
        QCOMPARE(job[QLatin1String("upload_files")].toInt(), 2);
        QCOMPARE(job[QLatin1String("upload_bytes")].toInteger(), expected);
        QCOMPARE(job[QLatin1String("removed")].toInt(), 1);
        QCOMPARE(job[QLatin1String("before")].toString(), before);
        QCOMPARE(releases().size(), 2);
        QVERIFY(get(page()).body.contains("<h1>v2</h1>"));
        // The release before is as it was (the new one shares its unchanged files).
        QVERIFY(readFile(site(QStringLiteral("releases/") + before + QStringLiteral("/index.html")))
                    .contains("<h1>v1</h1>"));
        QVERIFY(QFileInfo::exists(
            site(QStringLiteral("releases/") + before + QStringLiteral("/assets/f3.js"))));
        QCOMPARE(get(page(QStringLiteral("assets/f3.js"))).status, 404);
        QCOMPARE(
            get(page(QStringLiteral("assets/new.css"))).body, QByteArray("body { color: red }"));
        QCOMPARE(get(page(QStringLiteral("assets/f4.js"))).body, QByteArray(1004, 'e'));
    }

    // A build whose files only their owner may read (mode 600, folders 700): nginx's workers
    // could not read them (403); the deploy gives them to www-data with 0644/0755.
    void wrongOwnerAndModeAreFixed()
    {
        if (!m_root)
            QSKIP("needs root: nginx's workers run as www-data only then");
        makeBuild("v3");
        QDirIterator it(
            build(), QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ::chmod(QFile::encodeName(path).constData(), it.fileInfo().isDir() ? 0700 : 0600);
        }
        const QJsonObject job = deploy({}, 0);
        QCOMPARE(job[QLatin1String("state")].toString(), QStringLiteral("succeeded"));
        const auto served = [this] {
            for (const QString &path : {QStringLiteral("index.html"),
                     QStringLiteral("assets/f1.js"), QStringLiteral("assets/img/logo.svg")}) {
                const Answer a = get(page(path));
                QVERIFY2(a.status == 200, qPrintable(path + QStringLiteral(": %1").arg(a.status)));
                QCOMPARE(QFileInfo(site(QStringLiteral("current/") + path)).owner(),
                    QStringLiteral("www-data"));
            }
        };
        served();

        // A recipe changed to give the files to root with mode 600: the new release shares the
        // live one's files, yet the live ones keep their owner and mode; nginx cannot read the
        // new release (403), so its checks fail and the live release serves on, untouched.
        const QString live = this->live();
        m_siteOwner = QStringLiteral("root");
        m_fileMode = QStringLiteral("0600");
        writeWorkspace();
        const QJsonObject refused = deploy({}, 4);
        QCOMPARE(refused[QLatin1String("state")].toString(), QStringLiteral("rolled_back"));
        QCOMPARE(this->live(), live);
        served();
        m_siteOwner = QStringLiteral("www-data");
        m_fileMode.clear();
        writeWorkspace();
    }

    // The smoke requests as a user runs them: a value taken from one answer is used in the next.
    void smokeRequestsRunAlone()
    {
        const RunResult r = dozor({QStringLiteral("deploy"), QStringLiteral("smoke"),
            QStringLiteral("srv"), QStringLiteral("site")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("home → 200") && r.out.contains("asset named by the token → 200"),
            r.out.constData());
    }

    // The checks after fail: the release before is live again within seconds, the broken one
    // is gone, and the deploy is recorded as rolled back with the reason.
    void brokenBuildRollsBack()
    {
        const QString before = live();
        const QByteArray good = get(page()).body;
        makeBuild("v4", 40, true);
        QElapsedTimer clock;
        clock.start();
        const QJsonObject job = deploy({}, 4);
        QCOMPARE(job[QLatin1String("state")].toString(), QStringLiteral("rolled_back"));
        QVERIFY2(job[QLatin1String("reason")].toString().contains(QLatin1String("checks")),
            qPrintable(job[QLatin1String("reason")].toString()));
        QCOMPARE(live(), before);
        QCOMPARE(get(page()).body, good);
        QVERIFY(!releases().contains(job[QLatin1String("release")].toString()));
        qInfo("broken build deployed and rolled back in %lld ms", clock.elapsed());
        const RunResult list = dozor({QStringLiteral("deploy"), QStringLiteral("list"),
            QStringLiteral("srv"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(list.out).array();
        QVERIFY(!jobs.isEmpty());
        QCOMPARE(jobs.at(0)[QLatin1String("state")].toString(), QStringLiteral("rolled_back"));
        QCOMPARE(jobs.at(0)[QLatin1String("before")].toString(), before);
        QVERIFY(!jobs.at(0)[QLatin1String("steps")].toArray().isEmpty());
        // The journal has it.
        const RunResult journal = dozor({QStringLiteral("journal"), QStringLiteral("list")});
        QVERIFY2(journal.out.contains("Deploy site"), journal.out.constData());
    }

    // While a deploy holds the lock, another is refused with the holder named.
    void secondDeployWhileOneRunsIsRefused()
    {
        QProcess slow;
        slow.setProcessEnvironment(dozorEnvironment(m_home.path()));
        slow.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("slow"),
                QStringLiteral("--yes"), QStringLiteral("--deploy-anyway"),
                QStringLiteral("--workspace"), m_workspace});
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(site(QStringLiteral(".dozor-deploy.lock/holder"))), 30'000);
        makeBuild("v5");
        const RunResult r = dozor({QStringLiteral("deploy"), QStringLiteral("srv"),
            QStringLiteral("site"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 4);
        const QByteArray holder = QByteArray("process ") + QByteArray::number(slow.processId());
        QVERIFY2(r.err.contains("another deploy holds the lock") && r.err.contains(holder),
            r.err.constData());
        QVERIFY(slow.waitForFinished(60'000));
        QCOMPARE(slow.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(site(QStringLiteral(".dozor-deploy.lock"))));
    }

    // dozor watch with a webhook: the deploy takes the site down inside its grace window and
    // nothing is sent; down again after it, the alert goes out.
    void graceWindowKeepsAlertsQuiet()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        m_alertPort = receiver.port();
        writeWorkspace();
        const auto alerts = [&] {
            return QJsonDocument::fromJson(get(receiver.url(QStringLiteral("/_requests"))).body)
                .array()
                .size();
        };
        QProcess watch;
        watch.setProcessEnvironment(dozorEnvironment(m_home.path()));
        watch.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("watch"), QStringLiteral("-w"), m_workspace});
        QVERIFY(watch.waitForStarted());
        QTest::qWait(3000);
        QProcess outage;
        outage.setProcessEnvironment(dozorEnvironment(m_home.path()));
        outage.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("outage"),
                QStringLiteral("--yes"), QStringLiteral("--workspace"), m_workspace});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(site(QStringLiteral("current.off"))), 30'000);
        // The deploy's grace window is listed while it runs.
        const RunResult windows = dozor({QStringLiteral("maintenance"), QStringLiteral("list")});
        QVERIFY2(windows.out.contains("Deploy outage to srv"), windows.out.constData());
        QVERIFY(outage.waitForFinished(60'000));
        QVERIFY2(outage.exitCode() == 0, outage.readAllStandardError().constData());
        QTest::qWait(3000);
        QCOMPARE(alerts(), 0);
        // The watch saw the site down: an incident, marked as in maintenance.
        const RunResult journal =
            dozor({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray incidents =
            QJsonDocument::fromJson(journal.out)[QLatin1String("incidents")].toArray();
        QVERIFY2(std::any_of(incidents.cbegin(), incidents.cend(),
                     [](const QJsonValue &i) {
                         return i[QLatin1String("check")] == QLatin1String("site")
                             && i[QLatin1String("maintenance")].toBool();
                     }),
            journal.out.constData());
        // Down outside a deploy: alerted.
        QVERIFY(
            QFile::rename(site(QStringLiteral("current")), site(QStringLiteral("current.off"))));
        QTRY_VERIFY_WITH_TIMEOUT(alerts() > 0, 30'000);
        QVERIFY(
            QFile::rename(site(QStringLiteral("current.off")), site(QStringLiteral("current"))));
        signalProcess(watch, SIGTERM);
        QVERIFY(watch.waitForFinished(20'000));
        m_alertPort = 0;
        writeWorkspace();
    }

    // The SSH connection dies after the swap (sshd killed while the restart runs): the deploy
    // says what is live and what to do; `dozor deploy rollback` (its lock taken over: the
    // Dozor that held it is gone) makes the release before live again.
    void sshCutAfterTheSwapIsRolledBack()
    {
        const QString before = live();
        const QByteArray good = get(page()).body;
        makeBuild("v6");
        writeFile(hangFlag(), "");
        QProcess run;
        run.setProcessEnvironment(dozorEnvironment(m_home.path()));
        run.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("site"),
                QStringLiteral("--yes"), QStringLiteral("--workspace"), m_workspace});
        QTRY_VERIFY_WITH_TIMEOUT(live() != before, 60'000);
        QVERIFY(get(page()).body.contains("<h1>v6</h1>"));
        m_sshd->kill();
        QFile::remove(hangFlag());
        QVERIFY(run.waitForFinished(120'000));
        const QByteArray err = run.readAllStandardError();
        QCOMPARE(run.exitCode(), 4);
        QVERIFY2(err.contains("dozor deploy rollback srv"), err.constData());
        QVERIFY(QFileInfo::exists(site(QStringLiteral(".dozor-deploy.lock"))));

        SshdFixture::Options options;
        options.extraConfig = QStringLiteral("SetEnv SHLVL=5\n");
        QVERIFY2(m_sshd->start(options), qPrintable(m_sshd->error()));
        const RunResult r = dozor({QStringLiteral("deploy"), QStringLiteral("rollback"),
            QStringLiteral("srv"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("will be taken over") || r.err.contains("took over"),
            QByteArray(r.out + r.err).constData());
        QCOMPARE(live(), before);
        QCOMPARE(get(page()).body, good);
        QVERIFY(!QFileInfo::exists(site(QStringLiteral(".dozor-deploy.lock"))));
        // Three kept at most, the live one among them.
        QVERIFY(releases().size() <= 4);
        QVERIFY(releases().contains(before));
    }

    // An app: a ref checked out on the server into a new release, its requirements installed,
    // the database backed up, migrated, made live. A ref whose page fails the checks is rolled
    // back after its migrations ran: Dozor says so and names the backup taken before them.
    void appDeployMigratesAndOffersTheBackupOnRollback()
    {
        const RunResult first =
            dozor({QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("app"),
                QStringLiteral("--ref"), QStringLiteral("v1"), QStringLiteral("--yes")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(get(appPage()).body, QByteArray("healthy app v1"));
        const QByteArray log = readFile(app(QStringLiteral("manage.log")));
        QVERIFY2(log.contains("pip install") && log.contains("migrate --noinput")
                && log.contains("collectstatic --noinput"),
            log.constData());
        QCOMPARE(QDir(tree(QStringLiteral("srv/backups"))).entryList(QDir::Files).size(), 1);
        // The backup ran before the migrations.
        QVERIFY(log.indexOf("pip") < log.indexOf("migrate"));
        QVERIFY(first.err.indexOf("== Back up") >= 0);
        QVERIFY(first.err.indexOf("== Back up") < first.err.indexOf("== Run the migrations"));

        m_appChecked = true;
        writeWorkspace();
        const QString before = QFile::symLinkTarget(app(QStringLiteral("current")));
        const RunResult broken =
            dozor({QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("app"),
                QStringLiteral("--ref"), QStringLiteral("broken"), QStringLiteral("--yes")});
        QCOMPARE(broken.exitCode, 4);
        QVERIFY2(broken.err.contains("rolled back") && broken.err.contains("The migrations ran")
                && broken.err.contains("dozor restore preview appdb"),
            broken.err.constData());
        QCOMPARE(QFile::symLinkTarget(app(QStringLiteral("current"))), before);
        QCOMPARE(get(appPage()).body, QByteArray("healthy app v1"));
        QCOMPARE(readFile(app(QStringLiteral("manage.log"))).count("migrate"), 2);
        QCOMPARE(QDir(tree(QStringLiteral("srv/backups"))).entryList(QDir::Files).size(), 2);

        // A ref that is not there: nothing live changes, the new release goes.
        const QStringList releasesBefore =
            QDir(app(QStringLiteral("releases"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const RunResult missing =
            dozor({QStringLiteral("deploy"), QStringLiteral("srv"), QStringLiteral("app"),
                QStringLiteral("--ref"), QStringLiteral("nope"), QStringLiteral("--yes")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains("there is no branch, tag or commit \"nope\""),
            missing.err.constData());
        QCOMPARE(QDir(app(QStringLiteral("releases"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
            releasesBefore);
        QCOMPARE(QFile::symLinkTarget(app(QStringLiteral("current"))), before);
        QVERIFY2(missing.err.contains("is live, as before") && !missing.err.contains("may be live"),
            missing.err.constData());
        // That deploy never went live: a rollback has nothing to go back from.
        const RunResult nothing = dozor({QStringLiteral("deploy"), QStringLiteral("rollback"),
            QStringLiteral("srv"), QStringLiteral("--recipe"), QStringLiteral("app")});
        QCOMPARE(nothing.exitCode, 4);
        QVERIFY2(nothing.err.contains("did not go live"), nothing.err.constData());
        m_appChecked = false;
        writeWorkspace();
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
