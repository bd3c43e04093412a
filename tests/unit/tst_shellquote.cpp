// ShellQuote against a real /bin/sh: hostile values (command substitution, quotes,
// backslashes, newlines, globs, leading dashes, every byte but NUL) reach the command as
// exactly the bytes given, nothing they contain is executed, and NUL is refused.
#include "core/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

namespace {
// Feeds line to `sh -s` on stdin — raw bytes, as the SSH shell gets its input — and returns
// its standard output.
QByteArray runShell(const QByteArray &line, const QString &workDir)
{
    QProcess sh;
    sh.setWorkingDirectory(workDir);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
    sh.write(line + '\n');
    sh.closeWriteChannel();
    if (!sh.waitForFinished(10'000))
        return "(timed out)";
    return sh.readAllStandardOutput();
}
} // namespace

class TestShellQuote : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotesAsPosixSingleQuotes()
    {
        QCOMPARE(*ShellQuote::quote("abc"), QByteArray("'abc'"));
        QCOMPARE(*ShellQuote::quote(""), QByteArray("''"));
        QCOMPARE(*ShellQuote::quote("it's"), QByteArray("'it'\\''s'"));
        QCOMPARE(*ShellQuote::commandLine("stat", {"-c", "%U"}, {"-x"}),
            QByteArray("'stat' '-c' '%U' '--' '-x'"));
        QCOMPARE(*ShellQuote::commandLine("true", {}, {}), QByteArray("'true'"));
    }

    void refusesNul()
    {
        const auto quoted = ShellQuote::quote(QByteArray("a\0b", 3));
        QVERIFY(!quoted);
        QVERIFY(quoted.error().contains(QLatin1String("NUL")));
        QVERIFY(!ShellQuote::commandLine("echo", {}, {QByteArray("x\0", 2)}));
    }

    void hostileValuesArriveByteForByte_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("command substitution") << QByteArray("$(touch pwned)");
        QTest::newRow("backticks") << QByteArray("`touch pwned`");
        QTest::newRow("separator") << QByteArray("x; touch pwned; echo");
        QTest::newRow("and") << QByteArray("x && touch pwned");
        QTest::newRow("single quote") << QByteArray("'; touch pwned; '");
        QTest::newRow("double quote") << QByteArray("\"$(touch pwned)\"");
        QTest::newRow("backslashes") << QByteArray("\\'\\\\'\\");
        QTest::newRow("newline") << QByteArray("line1\ntouch pwned\nline3");
        QTest::newRow("glob") << QByteArray("* ?[a-z]");
        QTest::newRow("variables") << QByteArray("$HOME ${PATH} $0 $$");
        QTest::newRow("leading dash") << QByteArray("-rf --help");
        QTest::newRow("redirect") << QByteArray("> pwned < /etc/passwd | cat");
        QTest::newRow("utf-8") << QByteArray("Дозор ✓ 日本");
        QTest::newRow("empty") << QByteArray();
        QByteArray every;
        for (int b = 1; b < 256; ++b)
            every.append(char(b));
        QTest::newRow("every byte but NUL") << every;
    }

    void hostileValuesArriveByteForByte()
    {
        QFETCH(QByteArray, value);
        QTemporaryDir dir;
        // The format is an operand too: printf -- '%s' VALUE.
        const auto line = ShellQuote::commandLine("printf", {}, {"%s", value});
        QVERIFY(line.ok());
        QCOMPARE(runShell(*line, dir.path()), value);
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("pwned"))), "a value was executed");
    }

    void operandsStartingWithADashAreNotOptions()
    {
        QTemporaryDir dir;
        const QByteArray name = "-n; touch pwned";
        QFile f(dir.filePath(QString::fromUtf8(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("content\n");
        f.close();
        const auto line = ShellQuote::commandLine("cat", {}, {name});
        QVERIFY(line.ok());
        QCOMPARE(runShell(*line, dir.path()), QByteArray("content\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
