// HTTP check cost benchmark: the CPU `dozor watch` spends per HTTP check (GET, keyword in
// the body, history written), beside monit (the Debian package: apt install monit) on the
// same checks in the same run, one after the other. A loopback HTTP server on a thread of
// this process answers every request with a small page, so neither is billed for it.
// Figures per check: CPU (user + system of the whole process with all its threads, from
// /proc/PID/stat) divided by the requests the server saw from it in the same window.
// Asserts nothing about time.
// Usage: bench_http_checks [--checks N] [--seconds T] [--perf FILE]
//   --perf FILE  also records `perf record -g` of dozor during its window into FILE
#include "core/Workspace.h"
#include "core/WorkspaceJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace dozor;

namespace {
QTextStream out(stdout);

// Answers each connection with one small page and closes it; counts requests by client.
class PageServer {
public:
    PageServer()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int yes = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_listener, 1024) != 0)
            return;
        socklen_t len = sizeof a;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~PageServer()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        if (m_thread.joinable())
            m_thread.join();
    }
    int port() const { return m_port; }
    qint64 dozorRequests() const { return m_dozor; }
    qint64 monitRequests() const { return m_monit; }

private:
    void serve()
    {
        static const QByteArray body =
            "<!doctype html><html><head><title>Shop</title></head><body><h1>Welcome</h1>"
            "<p>status: all-systems-go</p>"
            + QByteArray(1500, 'x') + "</body></html>\n";
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        while (!m_stop) {
            const int c = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0)
                continue;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n") && request.size() < 65536) {
                const ssize_t n = ::recv(c, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            ::send(c, response.constData(), size_t(response.size()), MSG_NOSIGNAL);
            ::shutdown(c, SHUT_WR);
            while (::recv(c, buffer, sizeof buffer, 0) > 0) { } // until the client closes
            ::close(c);
            if (request.contains("Dozor/"))
                ++m_dozor;
            else if (request.contains("onit"))
                ++m_monit;
        }
    }

    int m_listener = -1;
    int m_port = 0;
    std::thread m_thread;
    std::atomic_bool m_stop {false};
    std::atomic<qint64> m_dozor {0};
    std::atomic<qint64> m_monit {0};
};

// User + system CPU seconds of a process and all its threads.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

struct Figures {
    double cpuMs = 0;
    qint64 checks = 0;
    double perCheckMs() const { return checks > 0 ? cpuMs / double(checks) : 0; }
};

// Starts program, lets it warm up, then bills its CPU over seconds against the requests
// the server saw from it (requests()).
Figures measure(QProcess &process, int seconds, const std::function<qint64()> &requests,
    const QString &perfFile)
{
    Figures f;
    QThread::sleep(3); // connections, first runs, history file created
    const qint64 pid = process.processId();
    if (process.state() != QProcess::Running)
        return f;
    QProcess perf;
    if (!perfFile.isEmpty())
        perf.start(QStringLiteral("perf"),
            {QStringLiteral("record"), QStringLiteral("-g"), QStringLiteral("-o"), perfFile,
                QStringLiteral("-p"), QString::number(pid), QStringLiteral("--"),
                QStringLiteral("sleep"), QString::number(seconds)});
    const double cpu0 = cpuSeconds(pid);
    const qint64 req0 = requests();
    QThread::sleep(seconds);
    f.cpuMs = (cpuSeconds(pid) - cpu0) * 1000;
    f.checks = requests() - req0;
    if (!perfFile.isEmpty())
        perf.waitForFinished(30'000);
    return f;
}

void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(15'000))
        process.kill();
    process.waitForFinished(5000);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption checksOpt(QStringLiteral("checks"), QStringLiteral("HTTP checks"),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
        QStringLiteral("measured window per program"), QStringLiteral("T"), QStringLiteral("20"));
    const QCommandLineOption perfOpt(QStringLiteral("perf"),
        QStringLiteral("perf record dozor into FILE"), QStringLiteral("FILE"));
    parser.addOptions({checksOpt, secondsOpt, perfOpt});
    parser.process(app);
    const int checks = std::max(1, parser.value(checksOpt).toInt());
    const int seconds = std::max(1, parser.value(secondsOpt).toInt());

    PageServer server;
    if (!server.port()) {
        out << "cannot listen on loopback\n";
        return 1;
    }
    QTemporaryDir home;
    const QString url = QStringLiteral("http://127.0.0.1:%1/shop").arg(server.port());

    // Dozor: every check once a second, keyword in the body, history written.
    Workspace w;
    w.targets.append(Target {QStringLiteral("shop"), QString(), false, std::nullopt, {}});
    for (int i = 0; i < checks; ++i) {
        CheckSpec c;
        c.id = QStringLiteral("page%1").arg(i);
        c.targetId = QStringLiteral("shop");
        c.type = CheckType::Http;
        c.intervalSec = 1;
        c.timeoutSec = 10;
        c.http.url = QUrl(url + QStringLiteral("?n=%1").arg(i));
        c.http.keyword = QStringLiteral("all-systems-go");
        w.checks.append(c);
    }
    const QString file = home.filePath(QStringLiteral("ws.json"));
    QFile ws(file);
    if (!ws.open(QIODevice::WriteOnly) || ws.write(workspaceToJson(w)) < 0)
        return 1;
    ws.close();
    const QString dozor =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../dozor"));
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("DOZOR_HOME"), home.path());
    watch.setProcessEnvironment(env);
    watch.setStandardOutputFile(QProcess::nullDevice());
    watch.setStandardErrorFile(QProcess::nullDevice());
    watch.start(dozor, {QStringLiteral("watch"), QStringLiteral("-w"), file});
    if (!watch.waitForStarted()) {
        out << "cannot start " << dozor << "\n";
        return 1;
    }
    const Figures d = measure(
        watch, seconds, [&] { return server.dozorRequests(); }, parser.value(perfOpt));
    stop(watch);

    // monit on the same checks: one cycle a second, the same request and keyword.
    Figures m;
    const QString monit = QStandardPaths::findExecutable(QStringLiteral("monit"));
    if (!monit.isEmpty()) {
        QString rc =
            QStringLiteral("set daemon 1\nset logfile %1\nset idfile %2\nset statefile %3\n")
                .arg(home.filePath(QStringLiteral("monit.log")),
                    home.filePath(QStringLiteral("monit.id")),
                    home.filePath(QStringLiteral("monit.state")));
        for (int i = 0; i < checks; ++i)
            rc += QStringLiteral("check host page%1 with address 127.0.0.1\n"
                                 "  if failed port %2 protocol http request \"/shop?n=%1\"\n"
                                 "     content = \"all-systems-go\" then alert\n")
                      .arg(i)
                      .arg(server.port());
        QFile rcFile(home.filePath(QStringLiteral("monitrc")));
        if (!rcFile.open(QIODevice::WriteOnly) || rcFile.write(rc.toUtf8()) < 0)
            return 1;
        rcFile.close();
        rcFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QProcess monitProcess;
        monitProcess.setStandardOutputFile(QProcess::nullDevice());
        monitProcess.setStandardErrorFile(QProcess::nullDevice());
        monitProcess.start(monit, {QStringLiteral("-I"), QStringLiteral("-c"), rcFile.fileName()});
        if (monitProcess.waitForStarted()) {
            m = measure(
                monitProcess, seconds, [&] { return server.monitRequests(); }, QString());
            stop(monitProcess);
        }
    }

    out << QStringLiteral("%1 HTTP checks with a keyword, once a second, %2 s measured each\n")
               .arg(checks)
               .arg(seconds);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("program"), -28)
               .arg(QStringLiteral("checks done"), 12)
               .arg(QStringLiteral("CPU per check"), 14);
    out << QStringLiteral("%1 %2 %3 ms\n")
               .arg(QStringLiteral("dozor watch (history written)"), -28)
               .arg(d.checks, 12)
               .arg(d.perCheckMs(), 11, 'f', 3);
    if (monit.isEmpty())
        out << "monit: not installed (apt install monit) — no baseline\n";
    else
        out << QStringLiteral("%1 %2 %3 ms\n")
                   .arg(QStringLiteral("monit 5 (Debian package)"), -28)
                   .arg(m.checks, 12)
                   .arg(m.perCheckMs(), 11, 'f', 3);
    return 0;
}
