#include "BrokenWorkspaceDialog.h"

#include "core/WorkspaceValidator.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace dozor {

BrokenWorkspaceDialog::BrokenWorkspaceDialog(const QString &path, const QList<Diagnostic> &problems,
    const Workspace &readable, QWidget *parent)
    : QDialog(parent)
    , m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("brokenWorkspaceDialog"));
    setWindowTitle(tr("Dozor — workspace cannot be used"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    auto *heading = new QLabel(
        tr("<b>Dozor cannot use the workspace %1.</b><br>Fix the problems below in the file and "
           "choose <i>Try again</i>, or start with a new workspace: the broken file is kept "
           "next to it.")
            .arg(path.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    m_problems->setObjectName(QStringLiteral("brokenProblems"));
    m_problems->setWordWrap(true);
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const Diagnostic &d : problems) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        auto *item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_MessageBoxCritical), describeDiagnostic(d, readable));
        m_problems->addItem(item);
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *retry = buttons->addButton(tr("&Try again"), QDialogButtonBox::AcceptRole);
    retry->setObjectName(QStringLiteral("brokenRetry"));
    retry->setDefault(true);
    auto *startNew =
        buttons->addButton(tr("Start with a &new workspace"), QDialogButtonBox::ResetRole);
    startNew->setObjectName(QStringLiteral("brokenStartNew"));
    startNew->setToolTip(tr("Renames the broken file (it is kept in the same folder) and starts "
                            "with a workspace that watches this computer"));
    auto *openFile = buttons->addButton(tr("Open &file"), QDialogButtonBox::ActionRole);
    auto *openFolder = buttons->addButton(tr("Open f&older"), QDialogButtonBox::ActionRole);
    auto *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("brokenQuit"));
    openFile->setEnabled(QFileInfo::exists(path));
    connect(openFile, &QPushButton::clicked, this,
        [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(openFolder, &QPushButton::clicked, this,
        [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    connect(retry, &QPushButton::clicked, this, [this] { done(TryAgain); });
    connect(startNew, &QPushButton::clicked, this, [this] { done(StartNew); });
    connect(quit, &QPushButton::clicked, this, [this] { done(Quit); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

QStringList BrokenWorkspaceDialog::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problems->count(); ++i)
        texts.append(m_problems->item(i)->text());
    return texts;
}

} // namespace dozor
