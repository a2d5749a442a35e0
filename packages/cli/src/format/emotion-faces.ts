/** A face per emotion for Markdown, so a table of emotions can be scanned at a glance. */
import { isVocabularyWord, type Emotion } from '@cjourney/model';

export const EMOTION_FACE: Readonly<Record<Emotion, string>> = {
    delighted: '😄',
    pleased: '🙂',
    neutral: '😐',
    frustrated: '😟',
    angry: '😠'
};

/** `🙂 pleased`; a word outside the scale is shown as it is. */
export function emotionWithFace(emotion: string): string {
    return isVocabularyWord('emotion', emotion) ? `${EMOTION_FACE[emotion]} ${emotion}` : emotion;
}
