// SPDX-License-Identifier: GPL-3.0-or-later
// Built only with SERVICEDECK_SQLITE_C_API, which CMake offers on Unix systems alone.
#include <QSqlDriver>

#include <dlfcn.h>
#include <sqlite3.h>

#include <typeinfo>

namespace ServiceDeck::Storage::Internal {

bool driverRunsOnLinkedSqlite(const QSqlDriver *driver)
{
    // The driver's class information lives in the plugin that holds the driver. Looking
    // sqlite3_step up through that plugin finds the plugin's own copy of SQLite if it carries
    // one, and otherwise the library it was linked against. One library loaded once gives one
    // address: the same as ServiceDeck's.
    Dl_info plugin{};
    if (!dladdr(static_cast<const void *>(&typeid(*driver)), &plugin) || !plugin.dli_fname)
        return false;
    void *library = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return false;
    void *const driverStep = dlsym(library, "sqlite3_step");
    dlclose(library); // NOLOAD took a reference of its own; the plugin stays loaded
    return driverStep && driverStep == reinterpret_cast<void *>(&sqlite3_step);
}

} // namespace ServiceDeck::Storage::Internal
