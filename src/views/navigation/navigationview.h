// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/navigationmodel.h"

#include <QTreeView>

namespace ServiceDeck::Views {

// The navigation tree on the left of the main window; choosing an entry announces the ticket
// filter it stands for.
class NavigationView : public QTreeView
{
    Q_OBJECT

public:
    explicit NavigationView(QWidget *parent = nullptr);

    Models::NavigationModel *navigationModel() const { return m_model; }
    void selectEntry(Models::NavigationModel::Entry entry);
    std::optional<Models::NavigationModel::Entry> currentEntry() const;

signals:
    void entryChosen(Models::NavigationModel::Entry entry);

private:
    Models::NavigationModel *m_model;
};

} // namespace ServiceDeck::Views
