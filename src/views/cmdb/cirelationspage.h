// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"

#include <QUuid>
#include <QWidget>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}
namespace ServiceDeck::Models {
class CiRelationsModel;
}

namespace ServiceDeck::Views {

namespace Ui {
class CiRelationsPage;
}

class ReferenceLookup;

// The Relations tab of a CI: its relations both ways; a relation is added by choosing how this
// CI relates (each type in both directions) and the other CI by name, and removed by selecting
// it. A part-of that would close a cycle is added only after a warning.
class CiRelationsPage : public QWidget
{
    Q_OBJECT

public:
    CiRelationsPage(Storage::Database &db, const QUuid &actorId, ReferenceLookup &lookup,
                    QWidget *parent = nullptr);
    ~CiRelationsPage() override;

    void setCatalogue(const Cmdb::CiCatalogue &catalogue);
    void setCi(const QUuid &ciId);
    void reload();
    Models::CiRelationsModel *model() const { return m_model; }

    // Chooses the relation in the type list: `type` read from this CI's side.
    bool chooseRelation(const QString &type, bool outgoing);
    // Adds the chosen relation to the named CI; false when refused or declined.
    bool addRelation();
    // Removes the selected relation.
    bool removeSelected();
    QString message() const;

signals:
    void ciActivated(const QUuid &ciId);
    void relationsChanged();

private:
    void showMessage(const QString &text);
    void updateButtons();

    std::unique_ptr<Ui::CiRelationsPage> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    ReferenceLookup &m_lookup;
    Models::CiRelationsModel *m_model;
    QUuid m_ciId;
};

} // namespace ServiceDeck::Views
