/** Id → element lookups of one journey, built once per layout. */
import type { Channel, Journey, Persona, Stakeholder, Touchpoint } from '@cjourney/model';
import type { IconName } from './scene.js';

const CHANNEL_ICONS: Readonly<Record<string, IconName>> = {
    web: 'web',
    app: 'app',
    email: 'email',
    sms: 'sms',
    phone: 'phone',
    chat: 'chat',
    social: 'social',
    ads: 'ads',
    store: 'store',
    event: 'event',
    mail: 'mail',
    partner: 'partner'
};

export class JourneyIndex {
    readonly channels = new Map<string, Channel>();
    readonly personas = new Map<string, Persona>();
    readonly stakeholders = new Map<string, Stakeholder>();
    readonly touchpoints = new Map<string, Touchpoint>();

    constructor(readonly journey: Journey) {
        // First one wins: a broken model may repeat an id, and the first is what is drawn.
        const add = <T extends { id: string }>(map: Map<string, T>, items: readonly T[]) =>
            items.forEach(item => {
                if (!map.has(item.id)) map.set(item.id, item);
            });
        add(this.channels, journey.channels);
        add(this.personas, journey.personas);
        add(this.stakeholders, journey.stakeholders);
        add(this.touchpoints, journey.touchpoints);
    }

    channelTitle(id: string | undefined): string | undefined {
        return id === undefined ? undefined : (this.channels.get(id)?.title ?? id);
    }

    /** A built-in channel's own icon, else one by mode (online/offline), else a neutral mark. */
    channelIcon(id: string | undefined): IconName {
        const channel = id === undefined ? undefined : this.channels.get(id);
        if (channel?.scope === 'builtin' && CHANNEL_ICONS[channel.id]) {
            return CHANNEL_ICONS[channel.id];
        }
        return channel?.mode ?? 'channel';
    }

    personaTitle(id: string | undefined): string | undefined {
        return id === undefined ? undefined : (this.personas.get(id)?.title ?? id);
    }

    stakeholderTitle(id: string): string {
        return this.stakeholders.get(id)?.title ?? id;
    }
}
