#include "CheckKindFields.h"

#include "FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dozor {

namespace {
QString text(const char *source)
{
    return source ? QCoreApplication::translate("CheckKind", source) : QString();
}

QStringList splitList(const QString &value, bool commasOnly)
{
    if (!commasOnly)
        return value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

// A file field is a row: the line edit and its Browse… button.
QLineEdit *fileEdit(QWidget *row)
{
    return row->findChild<QLineEdit *>();
}
} // namespace

CheckKindFields::CheckKindFields(
    FieldErrors *errors, std::function<QString()> baseDir, QWidget *parent)
    : QWidget(parent)
    , m_baseDir(std::move(baseDir))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const CheckKind *kind : checkKinds()) {
        if (kind->editorFields.isEmpty())
            continue;
        QWidget *page =
            kind->editorTitle ? new QGroupBox(text(kind->editorTitle), this) : new QWidget(this);
        page->setObjectName(QStringLiteral("checkFields_%1").arg(QLatin1String(kind->name)));
        auto *form = new QFormLayout(page);
        if (!kind->editorTitle)
            form->setContentsMargins(0, 0, 0, 0);
        QList<Field> fields;
        for (const EditorField &field : kind->editorFields) {
            QWidget *editor = makeEditor(field, page);
            if (field.kind == EditorField::Kind::Flag)
                form->addRow(QString(), editor);
            else
                errors->addRow(
                    form, text(field.label), editor, QString::fromLatin1(field.errorKey));
            fields.append({&field, editor});
            m_tabOrder.append(field.kind == EditorField::Kind::File
                    ? static_cast<QWidget *>(fileEdit(editor))
                    : editor);
        }
        m_layout->addWidget(page);
        page->hide();
        m_pages.insert(int(kind->type), page);
        m_fields.insert(int(kind->type), fields);
    }
    hide();
}

QWidget *CheckKindFields::makeEditor(const EditorField &field, QWidget *page)
{
    const QString name = QString::fromLatin1(field.objectName);
    switch (field.kind) {
    case EditorField::Kind::Text:
    case EditorField::Kind::List: {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name);
        edit->setPlaceholderText(text(field.hint));
        return edit;
    }
    case EditorField::Kind::Integer: {
        auto *box = new QSpinBox(page);
        box->setObjectName(name);
        box->setRange(int(field.min), int(field.max));
        box->setSuffix(text(field.suffix));
        box->setSpecialValueText(text(field.hint));
        return box;
    }
    case EditorField::Kind::Decimal: {
        auto *box = new QDoubleSpinBox(page);
        box->setObjectName(name);
        box->setRange(field.min, field.max);
        box->setDecimals(field.decimals);
        box->setSuffix(text(field.suffix));
        box->setSpecialValueText(text(field.hint));
        return box;
    }
    case EditorField::Kind::Flag: {
        auto *box = new QCheckBox(text(field.label), page);
        box->setObjectName(name);
        return box;
    }
    case EditorField::Kind::Choice: {
        auto *combo = new QComboBox(page);
        combo->setObjectName(name);
        combo->setEditable(true);
        combo->addItems(field.choices);
        return combo;
    }
    case EditorField::Kind::File:
        break;
    }
    auto *row = new QWidget(page);
    row->setObjectName(name + QStringLiteral("Row"));
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name);
    edit->setPlaceholderText(text(field.hint));
    auto *browse = new QPushButton(tr("Browse…"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    const QString title = text(field.label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    connect(
        browse, &QPushButton::clicked, this, [this, edit, title, filter = text(field.fileFilter)] {
            auto *picker =
                new QFileDialog(this, title, m_baseDir ? m_baseDir() : QString(), filter);
            picker->setAttribute(Qt::WA_DeleteOnClose);
            picker->setFileMode(QFileDialog::ExistingFile);
            connect(picker, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
            picker->open();
        });
    return row;
}

QVariant CheckKindFields::valueOf(const EditorField &field, QWidget *editor)
{
    switch (field.kind) {
    case EditorField::Kind::Text:
        return static_cast<QLineEdit *>(editor)->text();
    case EditorField::Kind::List:
        return splitList(static_cast<QLineEdit *>(editor)->text(), field.commasOnly);
    case EditorField::Kind::Integer:
        return static_cast<QSpinBox *>(editor)->value();
    case EditorField::Kind::Decimal:
        return static_cast<QDoubleSpinBox *>(editor)->value();
    case EditorField::Kind::Flag:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case EditorField::Kind::Choice:
        return static_cast<QComboBox *>(editor)->currentText();
    case EditorField::Kind::File:
        return fileEdit(editor)->text();
    }
    return {};
}

void CheckKindFields::setValue(const EditorField &field, QWidget *editor, const QVariant &value)
{
    switch (field.kind) {
    case EditorField::Kind::Text:
        static_cast<QLineEdit *>(editor)->setText(value.toString());
        break;
    case EditorField::Kind::List:
        static_cast<QLineEdit *>(editor)->setText(value.toStringList().join(QStringLiteral(", ")));
        break;
    case EditorField::Kind::Integer:
        static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    case EditorField::Kind::Decimal:
        static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble());
        break;
    case EditorField::Kind::Flag:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case EditorField::Kind::Choice:
        static_cast<QComboBox *>(editor)->setCurrentText(value.toString());
        break;
    case EditorField::Kind::File:
        fileEdit(editor)->setText(value.toString());
        break;
    }
}

void CheckKindFields::setType(CheckType type)
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        it.value()->setVisible(it.key() == int(type));
    setVisible(m_pages.contains(int(type)));
}

void CheckKindFields::load(const CheckSpec &check)
{
    // Every type's fields, so switching the type in the dialog shows what the check has.
    for (const QList<Field> &fields : std::as_const(m_fields)) {
        for (const Field &f : fields)
            setValue(*f.spec, f.editor, f.spec->get(check));
    }
}

void CheckKindFields::apply(
    CheckSpec &check, QList<Diagnostic> *problems, const QString &path) const
{
    for (const Field &f : m_fields.value(int(check.type))) {
        const QString problem = f.spec->set(check, valueOf(*f.spec, f.editor));
        if (!problem.isEmpty() && problems)
            problems->append({Diagnostic::Severity::Error,
                path + QLatin1Char('.') + QString::fromLatin1(f.spec->errorKey), problem});
    }
}

QList<QWidget *> CheckKindFields::tabOrder() const
{
    return m_tabOrder;
}

} // namespace dozor
