#include "WorkspaceEditor.h"

#include "CheckDialog.h"
#include "SshImportDialog.h"
#include "TargetDialog.h"
#include "core/WorkspaceDocument.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace dozor {

WorkspaceEditor::WorkspaceEditor(
    WorkspaceDocument *document, MonitorEngine *engine, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_engine(engine)
    , m_dialogParent(dialogParent)
{
}

void WorkspaceEditor::addTarget()
{
    editTarget(QString());
}

void WorkspaceEditor::importSshConfig()
{
    auto *dialog = new SshImportDialog(m_document, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->importedIds().isEmpty())
            Q_EMIT targetSaved(dialog->importedIds().constFirst());
    });
    dialog->open();
}

void WorkspaceEditor::editTarget(const QString &targetId)
{
    auto *dialog = new TargetDialog(m_document, targetId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { Q_EMIT targetSaved(dialog->savedId()); });
    dialog->open();
}

void WorkspaceEditor::removeTarget(const QString &targetId)
{
    const Target *target = m_document->workspace().target(targetId);
    if (!target)
        return;
    const auto checks =
        std::count_if(m_document->workspace().checks.begin(), m_document->workspace().checks.end(),
            [&](const CheckSpec &c) { return c.targetId == targetId; });
    confirm(tr("Remove server"),
        tr("Remove \"%1\" and its %n check(s) from the workspace? Their recorded history stays "
           "in the history file.",
            nullptr, static_cast<int>(checks))
            .arg(target->displayName()),
        [this, targetId] {
            if (const auto removed = m_document->removeTarget(targetId); !removed)
                Q_EMIT failed(removed.error());
        });
}

void WorkspaceEditor::addCheck(const QString &targetId)
{
    auto *dialog = new CheckDialog(m_document, m_engine, QString(), targetId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT checkSaved(dialog->savedId()); });
    dialog->open();
}

void WorkspaceEditor::editCheck(const QString &checkId)
{
    if (!m_document->workspace().check(checkId))
        return;
    auto *dialog = new CheckDialog(m_document, m_engine, checkId, QString(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT checkSaved(dialog->savedId()); });
    dialog->open();
}

void WorkspaceEditor::removeCheck(const QString &checkId)
{
    const CheckSpec *check = m_document->workspace().check(checkId);
    if (!check)
        return;
    confirm(tr("Remove check"),
        tr("Remove the check \"%1\"? Its recorded history stays in the history file.")
            .arg(check->displayName()),
        [this, checkId] {
            if (const auto removed = m_document->removeCheck(checkId); !removed)
                Q_EMIT failed(removed.error());
        });
}

void WorkspaceEditor::confirm(
    const QString &title, const QString &text, std::function<void()> onYes)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [onYes = std::move(onYes)](int result) {
        if (result == QMessageBox::Yes)
            onYes();
    });
    box->open();
}

} // namespace dozor
