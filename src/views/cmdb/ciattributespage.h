// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ci.h"
#include "core/cmdb/cicatalogue.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class CiAttributesPage;
}

class AttributeEditor;
class ReferenceLookup;

// The Attributes tab of a CI: its common fields and the typed attributes of its class. Each
// attribute is checked by the CMDB's rules as it is typed, the error under the field; Save
// writes only when every field is valid and reports an edit made meanwhile by someone else as
// a conflict, keeping the person's edits on screen.
class CiAttributesPage : public QWidget
{
    Q_OBJECT

public:
    CiAttributesPage(Storage::Database &db, const QUuid &actorId, ReferenceLookup &lookup,
                     QWidget *parent = nullptr);
    ~CiAttributesPage() override;

    void setCatalogue(const Cmdb::CiCatalogue &catalogue) { m_catalogue = catalogue; }
    // Reads the CI and shows it; a null id empties the page.
    void setCi(const QUuid &ciId);
    std::optional<ConfigurationItem> ci() const { return m_ci; }
    bool isModified() const;
    // Checks and saves; false when a field is invalid or the database refused (the page says
    // why).
    bool save();
    void revert();

    AttributeEditor *editor(const QString &attribute) const;
    QString message() const;

signals:
    void saved(const ServiceDeck::ConfigurationItem &ci);
    void modifiedChanged(bool modified);

private:
    void fill(const ConfigurationItem &ci);
    void rebuildEditors(const QString &ciClass);
    bool validate(AttributeEditor *editor);
    void showMessage(const QString &text, bool problem);
    void updateButtons();
    ConfigurationItem edited() const;

    std::unique_ptr<Ui::CiAttributesPage> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    ReferenceLookup &m_lookup;
    Cmdb::CiCatalogue m_catalogue;
    std::optional<ConfigurationItem> m_ci;
    QList<AttributeEditor *> m_editors;
    bool m_filling = false;
};

} // namespace ServiceDeck::Views
