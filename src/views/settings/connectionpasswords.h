// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include <optional>

class QWidget;

namespace ServiceDeck::Views {

// At connect time: the profile with its passwords put back into its URLs, read from the
// keychain, or asked for where no keychain keeps them (and then kept in memory for this run).
// nullopt when the person cancels. The result lives in memory only; never store it.
std::optional<Sync::ConnectionProfile> withPasswords(ProfileStore &store,
                                                     const Sync::ConnectionProfile &profile,
                                                     QWidget *parent = nullptr);

} // namespace ServiceDeck::Views
