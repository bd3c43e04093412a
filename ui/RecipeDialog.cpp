#include "RecipeDialog.h"

#include "core/DeploysJson.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
enum StepColumn { NameColumn, CommandColumn, TimeoutColumn, OnFailureColumn, CancelColumn };

// Words as a line a person edits: a word with a space, a quote or a backslash in quotes.
QString joinWords(const QStringList &words)
{
    QStringList out;
    for (QString w : words) {
        if (!w.isEmpty() && !w.contains(QRegularExpression(QStringLiteral("[\\s\"'\\\\]")))) {
            out.append(w);
            continue;
        }
        w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out.append(QLatin1Char('"') + w + QLatin1Char('"'));
    }
    return out.join(QLatin1Char(' '));
}

// The line back into words: spaces separate, "…" and '…' group, \ takes the next character.
QStringList splitWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && quote != QLatin1Char('\'')) {
            word += line.at(++i);
            inWord = true;
        } else if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &tip)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setToolTip(tip);
    return edit;
}
} // namespace

RecipeDialog::RecipeDialog(WorkspaceDocument *document, const QString &targetId,
    const QString &previousId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_targetId(targetId)
    , m_previousId(previousId)
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("recipeDialog"));
    setWindowTitle(previousId.isEmpty() ? tr("Add deploy recipe") : tr("Edit deploy recipe"));
    auto *body = new QWidget(this);
    m_form = new QFormLayout(body);
    m_id = lineEdit(body, QStringLiteral("recipeId"),
        tr("The recipe's name on the Deploy button and the command line (dozor deploy SERVER ID)"));
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("recipeKind"));
    m_kind->addItem(tr("Static site built on this computer"), int(DeployRecipe::Kind::Static));
    m_kind->addItem(
        tr("App on the server (git, virtualenv, migrations)"), int(DeployRecipe::Kind::App));
    m_kind->addItem(tr("Steps only"), int(DeployRecipe::Kind::Generic));
    m_path = lineEdit(body, QStringLiteral("recipePath"),
        tr("The folder on the server that holds releases/ and the link current (point nginx or "
           "gunicorn at PATH/current)"));
    m_keep = new QSpinBox(body);
    m_keep->setObjectName(QStringLiteral("recipeKeep"));
    m_keep->setRange(2, 100);
    m_owner = lineEdit(body, QStringLiteral("recipeOwner"),
        tr("Who owns every file of a release (chown -R; as root or through sudo -n)"));
    m_group =
        lineEdit(body, QStringLiteral("recipeGroup"), tr("The group of every file of a release"));
    m_fileMode = lineEdit(body, QStringLiteral("recipeFileMode"), tr("Every file's mode"));
    m_dirMode = lineEdit(body, QStringLiteral("recipeDirMode"), tr("Every folder's mode"));
    m_build = lineEdit(body, QStringLiteral("recipeBuild"),
        tr("Run here before the upload (sh -c, in the project folder); empty: no build"));
    m_build->setPlaceholderText(QStringLiteral("npm run build"));
    m_project = lineEdit(body, QStringLiteral("recipeProject"),
        tr("This computer's folder the build runs in (empty: the workspace file's folder)"));
    m_from = lineEdit(body, QStringLiteral("recipeFrom"),
        tr("The folder the build fills, uploaded (under the project folder, or absolute)"));
    m_from->setPlaceholderText(QStringLiteral("dist"));
    m_repository = lineEdit(body, QStringLiteral("recipeRepository"),
        tr("The git repository the server clones (empty: the live release's origin)"));
    m_ref = lineEdit(
        body, QStringLiteral("recipeRef"), tr("The branch, tag or commit deployed by default"));
    m_ref->setPlaceholderText(QStringLiteral("main"));
    m_venv = lineEdit(body, QStringLiteral("recipeVenv"),
        tr("The virtualenv the requirements go into (empty: PATH/venv)"));
    m_unit = lineEdit(
        body, QStringLiteral("recipeUnit"), tr("The systemd unit restarted after the swap"));
    m_unit->setPlaceholderText(QStringLiteral("gunicorn.service"));
    m_restart = lineEdit(body, QStringLiteral("recipeRestart"),
        tr("Without systemd: the command that restarts the service (words; quote a word with "
           "spaces)"));
    m_backup = new QComboBox(body);
    m_backup->setObjectName(QStringLiteral("recipeBackup"));
    m_backup->addItem(tr("None"), QString());
    for (const BackupSource &s : document->workspace().backups) {
        if (s.targetId == targetId)
            m_backup->addItem(s.id, s.id);
    }
    m_backup->setToolTip(tr("Backed up first (an app: before the migrations)"));
    m_postCheck = new QSpinBox(body);
    m_postCheck->setObjectName(QStringLiteral("recipePostCheck"));
    m_postCheck->setRange(5, 3600);
    m_postCheck->setSuffix(tr(" s"));
    m_postCheck->setToolTip(tr("How long the server's checks may take to pass after the swap "
                               "before the deploy is rolled back"));

    m_steps = new QTableWidget(0, 5, body);
    m_steps->setObjectName(QStringLiteral("recipeSteps"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Name"), tr("Command"), tr("Timeout (s)"), tr("On failure"), tr("Safe to cancel")});
    m_steps->horizontalHeader()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->setMinimumHeight(110);
    auto *addStepButton = new QPushButton(tr("&Add step"), body);
    addStepButton->setObjectName(QStringLiteral("recipeAddStep"));
    auto *removeStepButton = new QPushButton(tr("Re&move step"), body);
    auto *up = new QPushButton(tr("Move up"), body);
    auto *down = new QPushButton(tr("Move down"), body);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : {addStepButton, removeStepButton, up, down})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    auto *stepsBox = new QWidget(body);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_steps);
    stepsLayout->addLayout(stepButtons);
    m_smoke = new QPlainTextEdit(body);
    m_smoke->setObjectName(QStringLiteral("recipeSmoke"));
    m_smoke->setPlaceholderText(
        QStringLiteral("[ { \"name\": \"log in\", \"method\": \"POST\", \"url\": "
                       "\"https://example.com/api/login\",\n"
                       "    \"body\": \"{\\\"user\\\": \\\"{env:SMOKE_USER}\\\"}\", \"take\": { "
                       "\"token\": \"token\" } },\n"
                       "  { \"url\": \"https://example.com/api/me\", \"headers\": { "
                       "\"Authorization\": \"Bearer {token}\" },\n"
                       "    \"expect_status\": 200, \"expect\": \"email\" } ]"));
    m_smoke->setToolTip(tr("Requests run in order after the deploy (JSON): each passes on its "
                           "status and keyword; \"take\" reads a value of the answer for the "
                           "requests after it"));
    m_smoke->setMinimumHeight(90);

    m_errors.addRow(m_form, tr("&ID:"), m_id, QStringLiteral("id"));
    m_form->addRow(tr("&Kind:"), m_kind);
    m_errors.addRow(m_form, tr("&Path on the server:"), m_path, QStringLiteral("path"));
    m_errors.addRow(m_form, tr("Re&leases kept:"), m_keep, QStringLiteral("keep"));
    m_errors.addRow(m_form, tr("Build comma&nd:"), m_build, QStringLiteral("build"));
    m_errors.addRow(m_form, tr("Pro&ject folder:"), m_project, QStringLiteral("project"));
    m_errors.addRow(m_form, tr("&Build folder:"), m_from, QStringLiteral("from"));
    m_errors.addRow(m_form, tr("&Repository:"), m_repository, QStringLiteral("repository"));
    m_errors.addRow(m_form, tr("R&ef:"), m_ref, QStringLiteral("ref"));
    m_errors.addRow(m_form, tr("&Virtualenv:"), m_venv, QStringLiteral("venv"));
    m_errors.addRow(m_form, tr("&Owner:"), m_owner, QStringLiteral("owner"));
    m_errors.addRow(m_form, tr("&Group:"), m_group, QStringLiteral("group"));
    m_errors.addRow(m_form, tr("File mode:"), m_fileMode, QStringLiteral("file_mode"));
    m_errors.addRow(m_form, tr("Folder mode:"), m_dirMode, QStringLiteral("dir_mode"));
    m_errors.addRow(m_form, tr("Restart &unit:"), m_unit, QStringLiteral("unit"));
    m_errors.addRow(m_form, tr("Restart &command:"), m_restart, QStringLiteral("restart_command"));
    m_form->addRow(tr("Back up &first:"), m_backup);
    m_errors.addRow(
        m_form, tr("Checks may &take:"), m_postCheck, QStringLiteral("post_check_timeout"));
    m_errors.addRow(m_form, tr("&Steps:"), stepsBox, QStringLiteral("steps"));
    m_errors.addRow(m_form, tr("Smoke re&quests:"), m_smoke, QStringLiteral("smoke"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    m_general->setWordWrap(true);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecipeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecipeDialog::updateKind);
    connect(addStepButton, &QPushButton::clicked, this, [this] {
        DeployStep step;
        addStep(step);
        m_steps->setCurrentCell(m_steps->rowCount() - 1, NameColumn);
        m_steps->editItem(m_steps->item(m_steps->rowCount() - 1, NameColumn));
    });
    connect(removeStepButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_steps->currentRow(); row >= 0)
            m_steps->removeRow(row);
    });
    const auto move = [this](int by) {
        const int row = m_steps->currentRow();
        const int to = row + by;
        if (row < 0 || to < 0 || to >= m_steps->rowCount())
            return;
        const QList<DeployStep> steps = recipe().steps;
        QList<DeployStep> moved = steps;
        moved.swapItemsAt(row, to);
        m_steps->setRowCount(0);
        for (const DeployStep &s : moved)
            addStep(s);
        m_steps->setCurrentCell(to, m_steps->currentColumn() < 0 ? 0 : m_steps->currentColumn());
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });

    DeployRecipe initial;
    initial.targetId = targetId;
    initial.kind = DeployRecipe::Kind::Static;
    if (const DeployRecipe *existing = document->workspace().deploy(targetId, previousId))
        initial = *existing;
    load(initial);
    resize(720, 680);
}

void RecipeDialog::addStep(const DeployStep &step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    m_steps->setItem(row, NameColumn, new QTableWidgetItem(step.name));
    m_steps->setItem(row, CommandColumn, new QTableWidgetItem(joinWords(step.command)));
    auto *timeout = new QSpinBox(m_steps);
    timeout->setRange(1, 6 * 3600);
    timeout->setValue(step.timeoutSec);
    m_steps->setCellWidget(row, TimeoutColumn, timeout);
    auto *onFailure = new QComboBox(m_steps);
    onFailure->addItem(tr("stop"), int(DeployStep::OnFailure::Stop));
    onFailure->addItem(tr("roll back"), int(DeployStep::OnFailure::RollBack));
    onFailure->addItem(tr("continue"), int(DeployStep::OnFailure::Continue));
    onFailure->setCurrentIndex(onFailure->findData(int(step.onFailure)));
    m_steps->setCellWidget(row, OnFailureColumn, onFailure);
    auto *cancel = new QCheckBox(m_steps);
    cancel->setChecked(step.safeToCancel);
    m_steps->setCellWidget(row, CancelColumn, cancel);
}

void RecipeDialog::load(const DeployRecipe &r)
{
    m_id->setText(r.id);
    m_id->setReadOnly(false);
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_path->setText(r.path);
    m_keep->setValue(r.keep);
    m_owner->setText(r.owner);
    m_group->setText(r.group);
    m_fileMode->setText(r.fileMode);
    m_dirMode->setText(r.dirMode);
    m_build->setText(r.build);
    m_project->setText(r.project);
    m_from->setText(r.from);
    m_repository->setText(r.repository);
    m_ref->setText(r.ref);
    m_venv->setText(r.venv);
    m_unit->setText(r.unit);
    m_restart->setText(joinWords(r.restartCommand));
    m_backup->setCurrentIndex(std::max(0, m_backup->findData(r.backup)));
    m_postCheck->setValue(r.postCheckTimeoutSec);
    m_steps->setRowCount(0);
    for (const DeployStep &s : r.steps)
        addStep(s);
    m_smoke->setPlainText(r.smoke.isEmpty()
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(DeploysJson::smokeToJson(r.smoke)).toJson(QJsonDocument::Indented)));
    updateKind();
}

void RecipeDialog::updateKind()
{
    const auto kind = DeployRecipe::Kind(m_kind->currentData().toInt());
    const bool staticSite = kind == DeployRecipe::Kind::Static;
    const bool app = kind == DeployRecipe::Kind::App;
    const auto show = [this](QWidget *field, bool visible) {
        // FieldErrors puts each field in a column with its message line.
        m_form->setRowVisible(field->parentWidget(), visible);
    };
    for (QWidget *w : {static_cast<QWidget *>(m_keep), static_cast<QWidget *>(m_owner),
             static_cast<QWidget *>(m_group)})
        show(w, staticSite || app);
    for (QWidget *w : {m_build, m_project, m_from, m_fileMode, m_dirMode})
        show(w, staticSite);
    for (QWidget *w : {m_repository, m_ref, m_venv})
        show(w, app);
}

DeployRecipe RecipeDialog::recipe(QList<Diagnostic> *problems) const
{
    DeployRecipe r;
    r.id = m_id->text().trimmed();
    r.targetId = m_targetId;
    r.kind = DeployRecipe::Kind(m_kind->currentData().toInt());
    r.path = m_path->text().trimmed();
    const bool staticSite = r.kind == DeployRecipe::Kind::Static;
    const bool app = r.kind == DeployRecipe::Kind::App;
    if (staticSite || app) {
        r.keep = m_keep->value();
        r.owner = m_owner->text().trimmed();
        r.group = m_group->text().trimmed();
    }
    if (staticSite) {
        r.fileMode = m_fileMode->text().trimmed();
        r.dirMode = m_dirMode->text().trimmed();
        r.build = m_build->text().trimmed();
        r.project = m_project->text().trimmed();
        r.from = m_from->text().trimmed();
    }
    if (app) {
        r.repository = m_repository->text().trimmed();
        r.ref = m_ref->text().trimmed();
        r.venv = m_venv->text().trimmed();
    }
    r.unit = m_unit->text().trimmed();
    r.restartCommand = splitWords(m_restart->text());
    r.backup = m_backup->currentData().toString();
    r.postCheckTimeoutSec = m_postCheck->value();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        DeployStep s;
        s.name = m_steps->item(row, NameColumn) ? m_steps->item(row, NameColumn)->text().trimmed()
                                                : QString();
        s.command = m_steps->item(row, CommandColumn)
            ? splitWords(m_steps->item(row, CommandColumn)->text())
            : QStringList();
        s.timeoutSec = static_cast<QSpinBox *>(m_steps->cellWidget(row, TimeoutColumn))->value();
        s.onFailure = DeployStep::OnFailure(
            static_cast<QComboBox *>(m_steps->cellWidget(row, OnFailureColumn))
                ->currentData()
                .toInt());
        s.safeToCancel =
            static_cast<QCheckBox *>(m_steps->cellWidget(row, CancelColumn))->isChecked();
        r.steps.append(s);
    }
    const QString smoke = m_smoke->toPlainText().trimmed();
    if (!smoke.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(smoke.toUtf8(), &error);
        QList<Diagnostic> found;
        if (error.error != QJsonParseError::NoError)
            found.append({Diagnostic::Severity::Error, QStringLiteral("recipe.smoke"),
                tr("is not JSON: %1 (at character %2)")
                    .arg(error.errorString())
                    .arg(error.offset)});
        else
            r.smoke = DeploysJson::readSmoke(
                doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                QStringLiteral("recipe.smoke"), &found);
        if (problems)
            problems->append(found);
    }
    return r;
}

void RecipeDialog::accept()
{
    QList<Diagnostic> problems;
    const DeployRecipe r = recipe(&problems);
    qsizetype index = 0;
    const Workspace edited = m_document->withDeploy(r, m_previousId, &index);
    problems += diagnosticsAt(validateWorkspace(edited, m_document->baseDir()),
        QStringLiteral("deploy[%1]").arg(index), QStringLiteral("recipe"));
    if (r.id != m_previousId && m_document->workspace().deploy(m_targetId, r.id))
        problems.append({Diagnostic::Severity::Error, QStringLiteral("recipe.id"),
            tr("is already a recipe of this server")});
    if (m_errors.show(problems, QStringLiteral("recipe")))
        return;
    if (const auto saved = m_document->putDeploy(r, m_previousId); !saved) {
        m_errors.showGeneral(saved.error());
        return;
    }
    m_savedId = r.id;
    QDialog::accept();
}

} // namespace dozor
