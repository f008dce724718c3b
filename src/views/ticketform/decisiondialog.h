// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/approvals.h"

#include <QDialog>

#include <memory>

namespace ServiceDeck::Views {

namespace Ui {
class DecisionDialog;
}

// Asks an approver for the comment that goes with their decision on a change.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(Change::ApprovalDecision decision, const QString &number,
                   QWidget *parent = nullptr);
    ~DecisionDialog() override;

    void setComment(const QString &text);
    QString comment() const;

private:
    std::unique_ptr<Ui::DecisionDialog> m_ui;
};

} // namespace ServiceDeck::Views
