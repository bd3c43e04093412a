#include "RunOutcomeText.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct RunText {
    Q_DECLARE_TR_FUNCTIONS(RunOutcome)
};
} // namespace

namespace RunOutcomeText {

QString timedOut(int timeoutMs)
{
    return RunText::tr("did not finish within %1 s and was stopped").arg(timeoutMs / 1000.0);
}

QString outputCut(qsizetype capBytes)
{
    return RunText::tr("printed more than %1 KiB; the output was cut off and the run stopped")
        .arg(capBytes / 1024);
}

QString cancelled()
{
    return RunText::tr("cancelled");
}

QString connectionFailed(const QString &detail)
{
    return RunText::tr("the connection failed during the run: %1").arg(detail);
}

} // namespace RunOutcomeText

} // namespace dozor
