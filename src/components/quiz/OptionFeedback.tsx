import { explainWrongOptions, type QuizQuestionView } from '~/lib/quiz/quiz-view';

interface Props {
	question: QuizQuestionView;
	/** The options to explain: those chosen (after checking) or all of them (page without script). */
	values: readonly string[];
	/** The heading above the list, e.g. labels.whyChosenWrong. */
	title: string;
}

/** Why each given wrong option is wrong, one sentence each; renders nothing when none applies. */
export default function OptionFeedback({ question, values, title }: Props) {
	const items = explainWrongOptions(question, values);
	if (items.length === 0) return null;
	return (
		<div class="quiz-why">
			<p>
				<strong>{title}</strong>
			</p>
			<ul>
				{items.map((item) => (
					<li key={item.value}>
						<strong>{item.label}:</strong> {item.why}
					</li>
				))}
			</ul>
		</div>
	);
}
