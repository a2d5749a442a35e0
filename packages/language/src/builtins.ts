/**
 * The twelve built-in channels, always in scope. They live in a small library document
 * (the usual Langium "builtin library" pattern) so that linking, hover, completion and
 * find-references treat them exactly like declared channels.
 */
import type { ChannelMode } from '@cjourney/model';

export interface BuiltinChannel {
    readonly id: string;
    readonly title: string;
    readonly mode?: ChannelMode;
    readonly explanation: string;
}

export const BUILTIN_CHANNELS: readonly BuiltinChannel[] = [
    { id: 'web', title: 'Website', mode: 'online', explanation: 'Pages of the website, landing pages, the web shop.' },
    { id: 'app', title: 'App', mode: 'online', explanation: 'The product itself: mobile, desktop or web application.' },
    { id: 'email', title: 'Email', mode: 'online', explanation: 'Emails: newsletters, receipts, triggered campaigns.' },
    { id: 'sms', title: 'SMS', mode: 'online', explanation: 'Text messages and messaging apps.' },
    { id: 'phone', title: 'Phone', mode: 'offline', explanation: 'Calls with sales, support or a call centre.' },
    { id: 'chat', title: 'Chat', mode: 'online', explanation: 'Live chat or a chatbot.' },
    { id: 'social', title: 'Social media', mode: 'online', explanation: 'Social networks, communities, reviews.' },
    { id: 'ads', title: 'Advertising', mode: 'online', explanation: 'Paid advertising: search, display, social ads.' },
    { id: 'store', title: 'Store', mode: 'offline', explanation: 'A physical shop, branch or counter.' },
    { id: 'event', title: 'Event', mode: 'offline', explanation: 'Trade shows, meetups, workshops.' },
    { id: 'mail', title: 'Postal mail', mode: 'offline', explanation: 'Letters, catalogues, parcels.' },
    { id: 'partner', title: 'Partner', explanation: 'Resellers, marketplaces, agencies acting for you.' }
];

/** Written as `URI.parse(…).toString()` prints it, so string comparisons hold. */
export const BUILTIN_DOCUMENT_URI = 'builtin:/cjourney/builtin-channels.cjourney';

export function isBuiltinDocumentUri(uri: { toString(): string } | string): boolean {
    return uri.toString() === BUILTIN_DOCUMENT_URI;
}

/** The library document's text: one channel declaration per built-in channel. */
export function builtinChannelsText(): string {
    const lines = BUILTIN_CHANNELS.map(channel => {
        const escapedTitle = channel.title.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
        return `/** ${channel.explanation} */\nchannel ${channel.id} "${escapedTitle}"${channel.mode ? ' ' + channel.mode : ''}`;
    });
    return `// Built-in channels of the .cjourney language, always in scope.\n${lines.join('\n')}\n`;
}

export function findBuiltinChannel(id: string): BuiltinChannel | undefined {
    return BUILTIN_CHANNELS.find(channel => channel.id === id);
}
