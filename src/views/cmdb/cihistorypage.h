// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class ReferenceLookup;

// The History tab of a CI, from the journal: who changed which field or attribute when,
// old → new, newest first.
class CiHistoryPage : public QTreeWidget
{
    Q_OBJECT

public:
    CiHistoryPage(Storage::Database &db, ReferenceLookup &lookup, QWidget *parent = nullptr);

    void setCi(const QUuid &ciId);
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    Storage::Database &m_db;
    ReferenceLookup &m_lookup;
    QUuid m_ciId;
};

} // namespace ServiceDeck::Views
