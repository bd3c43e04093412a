#include "HistoryQueries.h"

namespace dozor {

HistoryQueries::HistoryQueries(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("dozor-history-read"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

HistoryQueries::~HistoryQueries()
{
    stop();
}

void HistoryQueries::stop()
{
    if (!m_thread.isRunning())
        return;
    // The connection belongs to the reader thread: close it there, after the queries asked
    // so far, then the thread ends.
    postTo(m_worker, [this] {
        m_reader.reset();
        m_book.reset();
        QThread::currentThread()->quit();
    });
    m_thread.join();
    delete m_worker;
    m_worker = nullptr;
}

HistoryReader &HistoryQueries::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<HistoryReader>(m_path);
    if (!m_reader->isOpen())
        (void)m_reader->open(); // on failure, every query answers with the reason
    return *m_reader;
}

JournalBook &HistoryQueries::book()
{
    if (!m_book)
        m_book = std::make_unique<JournalBook>(m_path);
    return *m_book;
}

} // namespace dozor
