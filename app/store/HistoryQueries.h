#pragma once

#include "HistoryReader.h"
#include "JournalBook.h"
#include "core/CrossThread.h"
#include "core/WorkerThread.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

namespace dozor {

// Reads of the history file off the caller's thread: charts, sparklines and start-up
// statuses ask here, and the answer comes back on the caller's thread. A query runs on the
// reader thread with that thread's own connection; its answer is dropped if the context
// object is gone by then. Queries run one after another in the order they were asked.
class HistoryQueries : public QObject {
    Q_OBJECT
public:
    explicit HistoryQueries(QString path, QObject *parent = nullptr);
    ~HistoryQueries() override;

    // work(reader) runs on the reader thread; done(result) runs on this object's thread,
    // only if context still exists. A reader that cannot open yields work's own error.
    template<typename Work, typename Done>
    void query(QObject *context, Work work, Done done)
    {
        run(
            context, [this, work] { return work(reader()); }, done);
    }
    // The same with the incident journal of the file (work should call open() first: it
    // answers at once when the book is open already).
    template<typename Work, typename Done>
    void journal(QObject *context, Work work, Done done)
    {
        run(
            context, [this, work] { return work(book()); }, done);
    }

    // Waits for the running query, closes the connection and stops the thread.
    void stop();

private:
    template<typename Call, typename Done>
    void run(QObject *context, Call call, Done done)
    {
        using Result = std::invoke_result_t<Call>;
        QPointer<QObject> guard(context);
        postTo(m_worker, [this, guard, call, done] {
            const Result result = call();
            postTo(this, [guard, done, result] {
                if (guard)
                    done(result);
            });
        });
    }
    JournalBook &book();

    // Only on the reader thread: the reader, opened on first use (the file may not exist
    // until the writer has created it, so a failed open is retried on the next query).
    HistoryReader &reader();

    QString m_path;
    WorkerThread m_thread;
    QObject *m_worker;
    std::unique_ptr<HistoryReader> m_reader;
    std::unique_ptr<JournalBook> m_book;
};

} // namespace dozor
