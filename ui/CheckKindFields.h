#pragma once

#include "core/Workspace.h"
#include "core/checks/CheckKind.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace dozor {

class FieldErrors;

// The check editor's fields of each check type, built from the editor fields its CheckKind
// describes: one group per type, only the current type's visible. Loads from and writes into
// a CheckSpec; messages land under the fields through the dialog's FieldErrors (keys as in
// the JSON).
class CheckKindFields : public QWidget {
    Q_OBJECT
public:
    // baseDir: where a file field's Browse… starts (the workspace's folder).
    CheckKindFields(
        FieldErrors *errors, std::function<QString()> baseDir, QWidget *parent = nullptr);

    // Shows the fields of type (nothing when it has none).
    void setType(CheckType type);
    void load(const CheckSpec &check);
    // Writes the fields of check's type into it; values that cannot be used are added to
    // problems under path + "." + the field's key.
    void apply(CheckSpec &check, QList<Diagnostic> *problems, const QString &path) const;
    // The fields in the order Tab visits them.
    QList<QWidget *> tabOrder() const;

private:
    struct Field {
        const EditorField *spec;
        QWidget *editor;
    };
    QWidget *makeEditor(const EditorField &field, QWidget *page);
    static QVariant valueOf(const EditorField &field, QWidget *editor);
    static void setValue(const EditorField &field, QWidget *editor, const QVariant &value);

    std::function<QString()> m_baseDir;
    QVBoxLayout *m_layout;
    QHash<int, QWidget *> m_pages; // by CheckType
    QHash<int, QList<Field>> m_fields;
    QList<QWidget *> m_tabOrder;
};

} // namespace dozor
