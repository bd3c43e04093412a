// The baseline for bench_gui_startup: the smallest Qt Widgets + Qt Charts window, built with
// the same Qt — a main window with one chart of 360 points. Prints when it has first painted.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QMainWindow>
#include <QTextStream>

namespace {
class PaintWatcher : public QObject {
public:
    explicit PaintWatcher(QElapsedTimer *clock)
        : m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            QTextStream(stderr) << "first paint after " << m_clock->elapsed() << " ms" << Qt::endl;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer *m_clock;
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    for (int i = 0; i < 360; ++i)
        series->append(i, (i * 37) % 100);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QMainWindow window;
    auto *view = new QChartView(chart);
    PaintWatcher watcher(&clock);
    view->viewport()->installEventFilter(&watcher);
    window.setCentralWidget(view);
    window.resize(1180, 760);
    window.show();
    return QApplication::exec();
}
