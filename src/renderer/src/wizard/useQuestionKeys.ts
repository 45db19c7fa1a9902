import { useEffect, useRef, type RefObject } from 'react';
import type { Question } from '../../../core/guide/schema';
import { hasModifier, isOptedOut, isTextEntry } from './key-targets';

type Options = {
  question: Question;
  selected: string | undefined;
  onSelect: (value: string) => void;
  onNext: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
};

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

const focusChoice = (index: number) =>
  document.querySelector<HTMLInputElement>(`.choice__input[data-choice-index="${index}"]`)?.focus();

/**
 * Keys on a question: 1–9 pick a choice, arrows move through the choices from anywhere
 * (native radios handle their own arrows), Enter goes on. On a number question a digit typed
 * while the field is not focused lands in the field.
 */
export function useQuestionKeys(options: Options): void {
  const ref = useRef(options);
  ref.current = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { question, selected, onSelect, onNext, inputRef } = ref.current;
      if (e.defaultPrevented || hasModifier(e) || isOptedOut(e.target)) return;
      const inOurInput = e.target === inputRef.current;
      if (isTextEntry(e.target) && !inOurInput) return;
      const onButton = e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement;

      if (e.key === 'Enter' && !onButton) {
        e.preventDefault();
        onNext();
        return;
      }
      if (question.kind === 'number') {
        if (!inOurInput && /^[0-9]$/.test(e.key)) inputRef.current?.focus(); // the key then types into it
        return;
      }
      if (/^[1-9]$/.test(e.key)) {
        const index = Number(e.key) - 1;
        const choice = question.choices[index];
        if (!choice) return;
        e.preventDefault();
        onSelect(choice.value);
        focusChoice(index);
        return;
      }
      const step = STEPS[e.key];
      const onRadio = e.target instanceof HTMLInputElement && e.target.type === 'radio';
      if (step && !onRadio && !onButton) {
        e.preventDefault();
        const n = question.choices.length;
        const at = question.choices.findIndex((c) => c.value === selected);
        const index = at < 0 ? (step > 0 ? 0 : n - 1) : (at + step + n) % n;
        onSelect(question.choices[index]!.value);
        focusChoice(index);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
