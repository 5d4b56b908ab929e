import threading

from app.services.tasks import TaskRunner


def test_callbacks_run_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    seen = {}
    ui = threading.get_ident()

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    runner.submit(work, on_result=lambda v: seen.update(result=v, cb=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["cb"] == ui and seen["worker"] != ui
    runner.shutdown()


def test_errors_reach_the_error_callback(qtbot):
    runner = TaskRunner()
    errors = []
    runner.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    runner.shutdown()


def test_stale_results_are_dropped(qtbot):
    runner = TaskRunner()
    gate = threading.Event()
    results = []

    def slow():
        gate.wait(5)
        return "old"

    runner.submit(slow, on_result=results.append, key="site")
    runner.submit(lambda: "new", on_result=results.append, key="site")
    qtbot.waitUntil(lambda: results == ["new"])
    gate.set()
    runner.wait_for_done()
    qtbot.wait(50)
    assert results == ["new"]
    runner.shutdown()
