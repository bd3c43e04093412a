#include "FieldErrors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dozor {

namespace {
void styleMessage(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
}
} // namespace

FieldErrors::FieldErrors(QLabel *general)
    : m_general(general)
{
    styleMessage(m_general);
}

void FieldErrors::addRow(
    QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    auto *column = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *message = new QLabel(column);
    message->setObjectName(field->objectName() + QStringLiteral("Error"));
    styleMessage(message);
    layout->addWidget(message);
    column->setFocusProxy(field); // the label's mnemonic (Alt+letter) reaches the field
    form->addRow(label, column);
    m_labels.insert(key, message);
    // A message about a field goes once the field is changed: it spoke of the old value.
    const auto forget = [message] { message->hide(); };
    QList<QWidget *> editors {field};
    editors += field->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            QObject::connect(line, &QLineEdit::textEdited, message, forget);
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QObject::connect(combo, &QComboBox::currentIndexChanged, message, forget);
            QObject::connect(combo, &QComboBox::editTextChanged, message, forget);
        } else if (auto *spin = qobject_cast<QSpinBox *>(w))
            QObject::connect(spin, &QSpinBox::valueChanged, message, forget);
        else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(w))
            QObject::connect(decimal, &QDoubleSpinBox::valueChanged, message, forget);
        else if (auto *when = qobject_cast<QDateTimeEdit *>(w))
            QObject::connect(when, &QDateTimeEdit::dateTimeChanged, message, forget);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            QObject::connect(button, &QAbstractButton::toggled, message, forget);
    }
}

bool FieldErrors::show(const QList<Diagnostic> &diagnostics, const QString &prefix)
{
    clear();
    QHash<QLabel *, QStringList> texts;
    QStringList general;
    bool errors = false;
    for (const Diagnostic &d : diagnostics) {
        errors = errors || d.severity == Diagnostic::Severity::Error;
        QString path = d.path;
        if (path.startsWith(prefix + QLatin1Char('.')))
            path = path.mid(prefix.size() + 1);
        QLabel *target = nullptr;
        for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
            const QString &key = it.key();
            if (path == key || path.startsWith(key + QLatin1Char('['))
                || path.startsWith(key + QLatin1Char('.'))) {
                target = it.value();
                break;
            }
        }
        if (target)
            texts[target].append(d.message);
        else
            general.append(d.text());
    }
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }
    if (!general.isEmpty())
        showGeneral(general.join(QLatin1Char('\n')));
    growToFit();
    return errors;
}

void FieldErrors::growToFit()
{
    // Messages that wrap need more height than the dialog was given: it grows (never
    // shrinks), so no message covers the row below it.
    QWidget *window = m_general->window();
    if (!window || !window->layout())
        return;
    window->layout()->activate();
    const int needed = window->layout()->hasHeightForWidth()
        ? window->layout()->totalHeightForWidth(window->width())
        : window->sizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void FieldErrors::showGeneral(const QString &message)
{
    m_general->setText(message);
    m_general->setVisible(!message.isEmpty());
    growToFit();
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    showGeneral(QString());
}

} // namespace dozor
