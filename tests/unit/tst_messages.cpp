// Lines kept as messages: QString::arg's numbering, what survives the history file as JSON,
// and the same recorded line read in English and then in Russian.
#include "TestSupport.h"
#include "core/Message.h"
#include "core/ResourceEvaluator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace dozor;

class TestMessages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void argumentsAreNumberedAsQStringArg()
    {
        // The lowest-numbered placeholder takes the first value, whatever their order.
        QCOMPARE(
            Message::pattern(QStringLiteral("%2 then %1")).arg(QStringLiteral("a")).arg(7).text(),
            QStringLiteral("7 then a"));
        // A value's own "%1" is never replaced again (chained QString::arg would).
        QCOMPARE(Message::pattern(QStringLiteral("%1 and %2"))
                     .arg(QStringLiteral("50%2"))
                     .arg(QStringLiteral("x"))
                     .text(),
            QStringLiteral("50%2 and x"));
        // Plain words are shown as they are, placeholders and all.
        QCOMPARE(Message(QStringLiteral("100%1 sure")).text(), QStringLiteral("100%1 sure"));
        // Missing values leave the placeholder; extra ones are dropped.
        QCOMPARE(Message::pattern(QStringLiteral("%1 %2")).arg(1).text(), QStringLiteral("1 %2"));
        QCOMPARE(Message::pattern(QStringLiteral("%1")).arg(1).arg(2).text(), QStringLiteral("1"));
        // Numbers in the reader's locale, never grouped; parts joined in order.
        QCOMPARE(Message::pattern(QStringLiteral("%1 ms")).real(12345.678, 1).text(),
            QStringLiteral("12345.7 ms"));
        QCOMPARE((Message(QStringLiteral("a")) + Message(QStringLiteral("b"))).text(),
            QStringLiteral("ab"));
        QVERIFY(Message().isEmpty());
        QVERIFY(!Message::pattern(QStringLiteral("%1")).isEmpty());
    }

    void jsonKeepsWhatTheLineSays()
    {
        const Message inner = Message("IncidentEngine", "%1 — %2")
                                  .arg(QStringLiteral("web1"))
                                  .arg(QStringLiteral("disk"));
        const Message m =
            Message("LogCheckTest", "%n line(s) in %2 at %3, %4 per minute", nullptr, 3)
                .arg(inner)
                .time(1'795'456'800'000, Message::TimeForm::Stamp)
                .real(2.5, 2);
        const QString json = m.toJsonText();
        const Message back = Message::fromJsonText(json, QStringLiteral("fallback"));
        QCOMPARE(back.text(), m.text());
        QCOMPARE(back, m);
        QVERIFY(m.text().startsWith(QStringLiteral("3 line(s) in web1 — disk at 2026-11-2")));
        QVERIFY(m.text().endsWith(QStringLiteral(", 2.50 per minute")));
        // Plain words round-trip too, as text.
        QCOMPARE(Message::fromJsonText(Message(QStringLiteral("as is %1")).toJsonText()).text(),
            QStringLiteral("as is %1"));
    }

    void brokenRecordsFallBackToTheirWords()
    {
        const QString words = QStringLiteral("the words stored beside it");
        for (const char *bad : {"", "{", "[]", "42", "{\"x\":1}", "{\"c\":\"A\"}",
                 "{\"p\":\"%1\",\"a\":[{\"zz\":1}]}", "{\"p\":\"%1\",\"a\":[{\"m\":{\"c\":1}}]}"}) {
            QCOMPARE(Message::fromJsonText(QString::fromLatin1(bad), words).text(), words);
        }
        // Nesting deeper than any line Dozor writes is refused, not followed.
        QString deep = QStringLiteral("\"x\"");
        for (int i = 0; i < 50; ++i)
            deep = QStringLiteral("{\"p\":\"x\",\"a\":[{\"m\":") + deep + QStringLiteral("}]}");
        QCOMPARE(Message::fromJsonText(deep, words).text(), words);
        // Out-of-range figures are clamped, not trusted.
        QCOMPARE(
            Message::fromJsonText(QStringLiteral("{\"p\":\"%1\",\"a\":[{\"r\":1.5,\"f\":99}]}"))
                .text()
                .size(),
            QStringLiteral("1.500000000").size());
    }

    void aLineRecordedInEnglishReadsInRussian()
    {
        HostSnapshot s;
        s.memory = MemoryInfo {4 * 1024 * 1024, 512 * 1024, 0, 0};
        const CheckResult r = evaluateResourceCheck(test::bareCheck(CheckType::Memory), s);
        QCOMPARE(r.reason, QStringLiteral("memory 87.5% used, 512 MiB available"));
        QCOMPARE(reasonOf(r).text(), r.reason);
        const QString stored = reasonOf(r).toJsonText();

        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/dozor/i18n/dozor_ru")));
        QCoreApplication::installTranslator(&russian);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        const QString read = Message::fromJsonText(stored, r.reason).text();
        QCoreApplication::removeTranslator(&russian);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(read, QStringLiteral("память занята на 87,5%, доступно 512 МиБ"));

        // A reason changed after it was set is not mistaken for its message.
        CheckResult changed = r;
        changed.reason += QStringLiteral(" (edited)");
        QCOMPARE(reasonOf(changed).text(), changed.reason);
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
