package vn.congvu.emulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congvu.emulation.Quizzes;

/** The question bank as an officer types it: blocks, options, the right one marked with *. */
class QuestionBankTests {

	@Test
	void blocksBecomeQuestionsWithTheMarkedOptionAsTheAnswer() {
		List<Quizzes.NewQuestion> questions = QuizController.questions("""
				Khi tiếp dân, cán bộ cần làm gì trước tiên?
				*Chào hỏi, giới thiệu tên
				Yêu cầu nộp hồ sơ ngay

				  \t
				Có được nhận quà khi giải quyết hồ sơ?\r
				Được
				* Không được
				Tùy trường hợp
				""");
		assertThat(questions).hasSize(2);
		assertThat(questions.get(0).options()).containsExactly("Chào hỏi, giới thiệu tên", "Yêu cầu nộp hồ sơ ngay");
		assertThat(questions.get(0).correct()).isEqualTo(1);
		assertThat(questions.get(1).text()).isEqualTo("Có được nhận quà khi giải quyết hồ sơ?");
		assertThat(questions.get(1).correct()).isEqualTo(2);
		assertThat(questions.get(1).options()).containsExactly("Được", "Không được", "Tùy trường hợp");
	}

	@Test
	void aBlockWithoutAMarkedOptionHasNoAnswerAndIsRefusedLater() {
		assertThat(QuizController.questions("Câu hỏi?\nA\nB")).singleElement()
			.satisfies(q -> assertThat(q.correct()).isZero());
		assertThat(QuizController.questions("   \n\n")).isEmpty();
	}
}
