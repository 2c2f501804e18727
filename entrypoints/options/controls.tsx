/**
 * The few form pieces the options page is made of. Each is a native control with a visible
 * label, so keyboard use, screen-reader names and high-contrast modes come from the browser;
 * hints are tied to their control with `aria-describedby`.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Section(props: { title: string; intro?: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  const hintId = useId();
  return (
    <fieldset class="field" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </fieldset>
  );
}

export function Select<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  const hintId = useId();
  return (
    <div class="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

/**
 * A slider with its value shown beside it and spoken with its unit (`aria-valuetext`), so
 * "1.6" is not read out as a bare number. The value shown follows the slider as it moves;
 * it is saved only when the move ends (`change`), which keeps storage writes few.
 */
export function Slider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onInput: (value: number) => void;
  onCommit: (value: number) => void;
}) {
  const id = useId();
  const text = props.format(props.value);
  return (
    <div class="field slider">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={text}
        onInput={(e) => props.onInput(e.currentTarget.valueAsNumber)}
        onChange={(e) => props.onCommit(e.currentTarget.valueAsNumber)}
      />
      <output for={id} aria-hidden="true">
        {text}
      </output>
    </div>
  );
}

/** A polite live region: always in the page, so screen readers announce what is put in it. */
export function Status(props: { message: string }) {
  return (
    <p class="status" role="status">
      {props.message}
    </p>
  );
}
