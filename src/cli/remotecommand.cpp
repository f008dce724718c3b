// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotecommand.h"

#include "clicontext.h"

namespace ServiceDeck::Cli {

int runRemote(CliContext &context)
{
    const QStringList &arguments = context.arguments;
    const QString verb = arguments.value(1);
    const QString service = arguments.value(2);
    if (verb == u"sync" && service == u"rt")
        return runRemoteSyncRt(context);
    if (verb == u"publish" && service == u"caldav")
        return runRemotePublishCaldav(context);
    return fail(context, Error{ErrorKind::Usage,
                               Tr::tr("usage: remote sync rt --url URL --token T [--queue Q] "
                                      "[--group G] [--kind K] [--name N] | remote publish caldav "
                                      "--url URL [--user U] [--from D --to D] [--name N]")});
}

} // namespace ServiceDeck::Cli
