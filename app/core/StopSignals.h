#pragma once

#include <QObject>

class QSocketNotifier;

namespace dozor {

// Turns SIGINT/SIGTERM (Ctrl+C / console close on Windows) into a Qt signal delivered on the
// event loop, so a stop request ends the program through the same clean path as --for:
// pending history is written and the file closed.
class StopSignals : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onActivated();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dozor
